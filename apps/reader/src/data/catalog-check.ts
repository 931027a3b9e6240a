import { Catalog, Diagnostic, Event, Post, Speaker, Talk } from '@confnotes/content/portable';
import { z } from 'zod';

// Checking a 10,000-post catalog against its schema takes longer than the reader may take to
// show its first frame, so a catalog read from a file or the API is checked in two steps: a
// quick look at the fields the lists and the indexes read, before the first frame, then every
// record against its full schema, in short slices after it. A record that fails either step
// becomes a diagnostic instead of stopping the reader.

export type RecordKind = 'post' | 'talk' | 'speaker' | 'event';

const FULL = { post: Post, talk: Talk, speaker: Speaker, event: Event } as const;

// What the first frame, the list rows and the indexes read of each record; the rest waits.
const MentionHead = z.object({ post: z.string(), line: z.number(), column: z.number() });
const HEAD = {
  post: Post.pick({
    id: true,
    title: true,
    date: true,
    author: true,
    tags: true,
    event: true,
    wordCount: true,
    readingMinutes: true,
  }),
  talk: Talk.pick({ id: true, title: true, label: true, event: true, speakers: true }).extend({
    mentions: z.array(MentionHead),
  }),
  speaker: Speaker.pick({ id: true, name: true, affiliation: true, talks: true }).extend({
    mentions: z.array(MentionHead),
  }),
  event: Event.pick({ id: true, name: true, year: true, location: true, start: true }),
} as const;

const Top = z.object({
  version: z.literal(1),
  events: z.array(z.unknown()),
  posts: z.array(z.unknown()),
  talks: z.array(z.unknown()),
  speakers: z.array(z.unknown()),
  diagnostics: z.array(z.unknown()),
});

const COLLECTION = { post: 'posts', talk: 'talks', speaker: 'speakers', event: 'events' } as const;
const KINDS = Object.keys(COLLECTION) as RecordKind[];

/** A catalog ready for its first frame, and how to finish checking it afterwards. */
export type AcceptedCatalog = {
  readonly catalog: Catalog;
  /** Records left out because even their list fields were wrong. */
  readonly diagnostics: readonly Diagnostic[];
  /** Checks every record against its full schema, yielding to the event loop between slices. */
  readonly check: (live?: () => boolean) => Promise<Diagnostic[]>;
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
 */
export function recordProblem(kind: RecordKind, record: object): string | undefined {
  let problem = problems.get(record);
  if (problem === undefined) {
    const result = (FULL[kind] as z.ZodType).safeParse(record);
    problem = result.success ? null : firstIssue(result.error);
    problems.set(record, problem);
  }
  return problem ?? undefined;
}

/**
 * Takes parsed JSON as a catalog after a quick look: throws when it is not a catalog at all
 * (with every reason the full schema gives), leaves out records whose list fields are wrong.
 * `origin` names where it came from in diagnostics (a file, a URL), `subject` in the error.
 * @example const { catalog, check } = acceptCatalog(JSON.parse(text), 'catalog.json');
 */
export function acceptCatalog(raw: unknown, origin: string, subject = origin): AcceptedCatalog {
  if (!Top.safeParse(raw).success) {
    const full = Catalog.safeParse(raw);
    throw new Error(
      `${subject} is not a catalog:\n${full.success ? 'it has no version 1 header' : z.prettifyError(full.error)}`,
    );
  }
  const top = raw as Record<string, unknown[]>;
  const diagnostics: Diagnostic[] = [];
  const kept: Record<string, unknown[]> = {};
  for (const kind of KINDS) {
    const records = top[COLLECTION[kind]]!;
    let list: unknown[] = records;
    records.forEach((record, at) => {
      const head = HEAD[kind].safeParse(record);
      if (head.success) {
        if (list !== records) list.push(record);
        return;
      }
      // Copy only once something is left out: a sound catalog is used as it is.
      if (list === records) list = records.slice(0, at);
      diagnostics.push(recordDiagnostic(kind, record, at, origin, firstIssue(head.error)));
    });
    kept[COLLECTION[kind]] = list;
  }
  const ownDiagnostics = top.diagnostics!.filter((d) => Diagnostic.safeParse(d).success);
  const catalog = { ...top, ...kept, diagnostics: ownDiagnostics } as unknown as Catalog;
  return {
    catalog,
    diagnostics,
    check: (live) => checkRecords(catalog, origin, live),
  };
}

const SLICE_MS = 8;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks every record of a catalog against its full schema, a few milliseconds at a time so
 * keys and frames get through in between; stops early when `live` turns false.
 */
export async function checkRecords(
  catalog: Catalog,
  origin: string,
  live: () => boolean = () => true,
): Promise<Diagnostic[]> {
  const found: Diagnostic[] = [];
  let sliceStart = performance.now();
  for (const kind of KINDS) {
    const records = catalog[COLLECTION[kind]] as readonly object[];
    for (let at = 0; at < records.length; at++) {
      const problem = recordProblem(kind, records[at]!);
      if (problem) found.push(recordDiagnostic(kind, records[at], at, origin, problem));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToLoop();
        if (!live()) return found;
        sliceStart = performance.now();
      }
    }
  }
  return found;
}
