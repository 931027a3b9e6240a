import type { Catalog, Diagnostic } from '@confnotes/content/portable';
import type { z } from 'zod';

// Checking a 10,000-post catalog against its schema takes longer than the reader may take to
// show its first frame, so a catalog read from a file or the API is checked in two steps: a
// quick look at the fields the lists and the indexes read, before the first frame, then every
// record against its full schema, in short slices after it. A record that fails either step
// becomes a diagnostic instead of stopping the reader.

export type RecordKind = 'post' | 'talk' | 'speaker' | 'event';

// The schemas (zod and its locales are a third of the reader's code) load while the catalog file
// is read, rather than before the reader starts reading it.
type Schemas = typeof import('./record-schemas.ts');
let schemas: Schemas | undefined;
let loading: Promise<Schemas> | undefined;

/** Starts loading the schemas the check uses; resolves once they are ready. */
export function loadSchemas(): Promise<Schemas> {
  loading ??= import('./record-schemas.ts').then((module) => {
    schemas = module;
    return module;
  });
  return loading;
}

const COLLECTION = { post: 'posts', talk: 'talks', speaker: 'speakers', event: 'events' } as const;
const KINDS = Object.keys(COLLECTION) as RecordKind[];

// The same look as HEAD, written out: a zod parse of 10,000 records costs more than the whole
// first frame may, these checks a few milliseconds. HEAD explains a record these refuse.
type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;
const name = (x: unknown) => typeof x === 'string' && x.length > 0;
const maybe = (x: unknown, type: 'string' | 'number') => x === undefined || typeof x === type;
const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
const mentions = (x: unknown) =>
  Array.isArray(x) &&
  x.every(
    (m) =>
      isObject(m) &&
      typeof m.post === 'string' &&
      typeof m.line === 'number' &&
      typeof m.column === 'number',
  );
const LOOKS_RIGHT: Record<RecordKind, (r: Loose) => boolean> = {
  post: (p) =>
    name(p.title) &&
    maybe(p.date, 'string') &&
    (p.author === undefined || (isObject(p.author) && name(p.author.name))) &&
    (p.authors === undefined ||
      (Array.isArray(p.authors) && p.authors.every((a) => isObject(a) && name(a.name)))) &&
    strings(p.tags) &&
    maybe(p.event, 'string') &&
    typeof p.wordCount === 'number' &&
    typeof p.readingMinutes === 'number',
  talk: (t) =>
    (t.title === null || typeof t.title === 'string') &&
    maybe(t.label, 'string') &&
    (t.event === null || typeof t.event === 'string') &&
    strings(t.speakers) &&
    mentions(t.mentions),
  speaker: (s) =>
    name(s.name) && maybe(s.affiliation, 'string') && strings(s.talks) && mentions(s.mentions),
  event: (e) =>
    name(e.name) &&
    maybe(e.year, 'number') &&
    maybe(e.location, 'string') &&
    maybe(e.start, 'string'),
};
const looksRight = (kind: RecordKind, record: unknown) =>
  isObject(record) && name(record.id) && LOOKS_RIGHT[kind](record);

/** How a background check shares the thread. */
export type Pace = {
  /** Turns false when the result is no longer wanted: the check stops. */
  readonly live?: () => boolean;
  /** Awaited before each slice: by default one turn of the event loop. */
  readonly pause?: () => Promise<void>;
};

/** A catalog ready for its first frame, and how to finish checking it afterwards. */
export type AcceptedCatalog = {
  readonly catalog: Catalog;
  /** Records left out because even their list fields were wrong. */
  readonly diagnostics: readonly Diagnostic[];
  /** Checks every record against its full schema, yielding to the event loop between slices. */
  readonly check: (pace?: Pace) => Promise<Diagnostic[]>;
};

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the schema';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

const idOf = (record: unknown, at: number) => {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${at + 1}`;
};

function recordDiagnostic(
  kind: RecordKind,
  record: unknown,
  at: number,
  origin: string,
  why: string,
) {
  const path = (record as { source?: { path?: unknown } } | null)?.source?.path;
  return {
    severity: 'error',
    code: 'invalid-record',
    message: `The ${kind} ${idOf(record, at)} in ${origin} does not match the catalog schema (${why}).`,
    hint: 'Rebuild the catalog with the confnotes version this reader comes with.',
    file: typeof path === 'string' ? path : origin,
    line: 1,
    column: 1,
  } satisfies Diagnostic;
}

const problems = new WeakMap<object, string | null>();

/**
 * Why a record of the catalog fails its full schema, or undefined when it is sound. Remembered
 * per record, so the background check and a record opened before it got there agree and pay once.
 * A catalog that did not come through `acceptCatalog` (one built here) is taken as sound.
 */
export function recordProblem(kind: RecordKind, record: object): string | undefined {
  if (!schemas) return undefined;
  let problem = problems.get(record);
  if (problem === undefined) {
    const result = (schemas.FULL[kind] as z.ZodType).safeParse(record);
    problem = result.success ? null : firstIssue(result.error);
    problems.set(record, problem);
  }
  return problem ?? undefined;
}

/**
 * Takes parsed JSON as a catalog after a quick look: throws when it is not a catalog at all
 * (with every reason the full schema gives), leaves out records whose list fields are wrong.
 * `origin` names where it came from in diagnostics (a file, a URL), `subject` in the error.
 * @example const { catalog, check } = await acceptCatalog(JSON.parse(text), 'catalog.json');
 */
export async function acceptCatalog(
  raw: unknown,
  origin: string,
  subject = origin,
): Promise<AcceptedCatalog> {
  const { CatalogFields, Diagnostic, HEAD, prettify } = await loadSchemas();
  const top =
    isObject(raw) &&
    raw.version === 1 &&
    ['events', 'posts', 'talks', 'speakers', 'diagnostics'].every((k) => Array.isArray(raw[k]));
  if (!top) {
    const fields = CatalogFields.safeParse(raw);
    throw new Error(
      `${subject} is not a catalog:\n${fields.success ? 'it has no version 1 header' : prettify(fields.error)}`,
    );
  }
  const collections = raw as Record<string, unknown[]>;
  const diagnostics: Diagnostic[] = [];
  const kept: Record<string, unknown[]> = {};
  for (const kind of KINDS) {
    const records = collections[COLLECTION[kind]]!;
    let list: unknown[] = records;
    records.forEach((record, at) => {
      if (looksRight(kind, record)) {
        if (list !== records) list.push(record);
        return;
      }
      // Copy only once something is left out: a sound catalog is used as it is.
      if (list === records) list = records.slice(0, at);
      const head = HEAD[kind].safeParse(record);
      const why = head.success ? 'a list field has the wrong type' : firstIssue(head.error);
      diagnostics.push(recordDiagnostic(kind, record, at, origin, why));
    });
    kept[COLLECTION[kind]] = list;
  }
  const ownDiagnostics = collections.diagnostics!.filter((d) => Diagnostic.safeParse(d).success);
  const catalog = { ...collections, ...kept, diagnostics: ownDiagnostics } as unknown as Catalog;
  return {
    catalog,
    diagnostics,
    check: (pace) => checkRecords(catalog, origin, pace),
  };
}

const SLICE_MS = 8;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks every record of a catalog against its full schema, a few milliseconds at a time so
 * keys and frames get through in between (`pace.pause` may wait longer, e.g. while the user
 * types); stops early when `pace.live` turns false.
 */
export async function checkRecords(
  catalog: Catalog,
  origin: string,
  { live = () => true, pause = yieldToLoop }: Pace = {},
): Promise<Diagnostic[]> {
  await loadSchemas();
  const found: Diagnostic[] = [];
  await pause();
  if (!live()) return found;
  let sliceStart = performance.now();
  for (const kind of KINDS) {
    const records = catalog[COLLECTION[kind]] as readonly object[];
    for (let at = 0; at < records.length; at++) {
      const problem = recordProblem(kind, records[at]!);
      if (problem) found.push(recordDiagnostic(kind, records[at], at, origin, problem));
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        if (!live()) return found;
        sliceStart = performance.now();
      }
    }
  }
  return found;
}
