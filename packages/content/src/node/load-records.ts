import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { slugify } from '../parse/post-id.ts';
import { dataWithoutControls } from '../parse/source-text.ts';
import { yamlErrorPlace, yamlValueError } from '../parse/yaml-error-place.ts';
import type { CorrectionPlace, CurationPlaces } from '../resolve/unused-corrections.ts';
import { type Curation, SpeakerCorrection, TalkCorrection } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { Event } from '../schema/event.ts';
import { insideContent, LEADS_NOWHERE, LEADS_OUT } from './content-bounds.ts';
import { contentPath, realContentDir } from './content-root.ts';
import { NOT_A_FILE, NOT_A_FILE_HINT } from './not-a-file.ts';
import { readFailure } from './read-failure.ts';

interface Parsed {
  readonly value: unknown;
  readonly at: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** What a curated file holds, to say what is lost when it cannot be read. */
type Holds = 'event' | 'list';

const START = { line: 1, column: 1 };

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * The text of a curated file of the content folder `root` (a real path), or undefined when
 * there is none, said in `diagnostics` unless it is simply absent: a file that cannot be read
 * or a link out of the content folder would otherwise drop its records unsaid.
 */
async function readRecordsText(
  root: string,
  absolute: string,
  file: string,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT')
      diagnostics.push(diagnostic('unreadable-file', readFailure(error), file, START));
    // No file, or a link to none.
    else if ((await lstat(absolute).catch(() => undefined))?.isSymbolicLink())
      diagnostics.push(diagnostic('unfollowed-link', LEADS_NOWHERE, file, START));
    return undefined;
  }
  if (!insideContent(root, real)) {
    diagnostics.push(diagnostic('unfollowed-link', LEADS_OUT, file, START));
    return undefined;
  }
  // Reading a named pipe waits for a writer, and a device may never end: the build would hang.
  const info = await stat(real).catch(() => undefined);
  if (info && !info.isFile() && !info.isDirectory()) {
    diagnostics.push(diagnostic('unreadable-file', NOT_A_FILE, file, START, NOT_A_FILE_HINT));
    return undefined;
  }
  if (info?.isDirectory()) {
    diagnostics.push(diagnostic('unreadable-file', A_FOLDER, file, START));
    return undefined;
  }
  try {
    // Without the byte-order mark some editors on Windows begin a file with: YAML would read
    // it as the start of the first key and refuse the whole file.
    return (await readFile(real, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    diagnostics.push(diagnostic('unreadable-file', readFailure(error), file, START));
    return undefined;
  }
}

// Said rather than EISDIR: `talks.yaml/` made by mistake, or `events/a.yaml` a folder.
const A_FOLDER = 'it is a folder, where a file of records should be';

/**
 * Reads a YAML (or JSON, a subset of YAML) file, keeping a way back from a value path to its line.
 * A file with a syntax error gives nothing at all, so it is reported as one whole-file error at
 * the first syntax error, saying how many records it takes with it.
 */
async function readYaml(
  root: string,
  absolute: string,
  file: string,
  holds: Holds,
  diagnostics: Diagnostic[],
): Promise<Parsed | undefined> {
  const text = await readRecordsText(root, absolute, file, diagnostics);
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error, ...more] = doc.errors;
  if (error) {
    const place = yamlErrorPlace(text, error);
    const pos = lineCounter.linePos(place.offset);
    const lost = holds === 'event' ? 'the event it holds does not apply' : recordsLost(doc, text);
    const also = more.length
      ? `; ${more.length} more syntax error${more.length === 1 ? '' : 's'} follow`
      : '';
    diagnostics.push(
      diagnostic('invalid-records-file', `${lost} (${place.message}${also}).`, file, {
        line: pos.line,
        column: pos.col,
      }),
    );
    return undefined;
  }
  const at = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
        | { range?: [number, number] }
        | undefined;
      if (node?.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const why = yamlValueError(text, error);
    const pos = lineCounter.linePos(why.offset ?? 0);
    const lost = holds === 'event' ? 'the event it holds does not apply' : recordsLost(doc, text);
    diagnostics.push(
      diagnostic('invalid-records-file', `${lost} (${why.message}).`, file, {
        line: pos.line,
        column: pos.col,
      }),
    );
    return undefined;
  }
  const { value, first } = dataWithoutControls(js);
  if (first) diagnostics.push(diagnostic('control-character', fieldOf(first), file, at(first)));
  return { value, at };
}

/**
 * Where in a records file a value is, as its writer knows it: "in `title` of record 2" for a
 * list of records, "in `links[1]`" for an event; "in its value" when the file is one value.
 */
export function fieldOf(path: readonly (string | number)[]): string {
  const [head, ...rest] = path;
  const record = typeof head === 'number' ? ` of record ${head + 1}` : '';
  const keys = typeof head === 'number' ? rest : path;
  const field = keys
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
    .join('');
  if (field === '') return record ? `in record ${(head as number) + 1}` : 'in its value';
  return `in \`${field}\`${record}`;
}

/** "none of its 12 records apply", from the list's entries as far as the parser got. */
function recordsLost(doc: ReturnType<typeof parseDocument>, text: string): string {
  const contents = doc.contents as { items?: unknown[] } | null;
  // A list cut short by the error still has its entries; failing that, count the `- ` lines.
  const n = contents?.items?.length ?? text.match(/^- /gm)?.length ?? 0;
  if (n === 0) return 'none of its records apply';
  return n === 1 ? 'its one record does not apply' : `none of its ${n} records apply`;
}

function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  parsed: Parsed,
  base: readonly PropertyKey[],
  file: string,
  diagnostics: Diagnostic[],
): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...base, ...issue.path];
    const field = issue.path.length ? `\`${issue.path.join('.')}\`: ` : '';
    diagnostics.push(
      diagnostic('invalid-record', `${field}${issue.message}.`, file, parsed.at(path)),
    );
  }
  return undefined;
}

/**
 * Whether a curated event's id is one its page can have: a slug, as the ids made from names
 * are. Another (`../x`, `a/b`, `Conf 2015`) led the site's event page outside its folder, or
 * to a broken address, and stopped the whole build: it is reported and the event left out.
 */
function slugId(id: string, parsed: Parsed, file: string, diagnostics: Diagnostic[]): boolean {
  const slug = slugify(id);
  if (slug === id) return true;
  const example = slug ? ` (\`${slug}\`)` : '';
  diagnostics.push(
    diagnostic(
      'invalid-record',
      `\`id\`: \`${id}\` is no id an event's page can have; write it in lowercase words and digits joined by hyphens${example}.`,
      file,
      parsed.at(['id']),
    ),
  );
  return false;
}

/**
 * Reads the curated events of `content/events/` (one YAML or JSON file per event). A record
 * that does not validate is reported at the line of the offending field and left out.
 * @example const { events, diagnostics } = await loadEvents('content');
 */
export async function loadEvents(
  given: string | URL,
): Promise<{ events: Event[]; diagnostics: Diagnostic[] }> {
  const dir = contentPath(given);
  const diagnostics: Diagnostic[] = [];
  const events: Event[] = [];
  const root = realContentDir(dir);
  const folder = join(dir, 'events');
  let names: string[] = [];
  try {
    const real = await realpath(folder);
    if (!insideContent(root, real)) {
      diagnostics.push(diagnostic('unfollowed-link', LEADS_OUT, 'events', START));
      return { events, diagnostics };
    }
    names = (await readdir(real)).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
  } catch (error) {
    // No events/ is no curated event; one that cannot be listed loses them all.
    if (codeOf(error) === 'ENOTDIR')
      diagnostics.push(diagnostic('not-a-folder', 'event files', 'events', START));
    else if (codeOf(error) !== 'ENOENT')
      diagnostics.push(diagnostic('unreadable-folder', codeOf(error), 'events/', START));
    return { events, diagnostics };
  }
  for (const name of names) {
    const file = `events/${name}`;
    const parsed = await readYaml(root, join(folder, name), file, 'event', diagnostics);
    if (!parsed) continue;
    const raw =
      parsed.value && typeof parsed.value === 'object'
        ? { origin: 'curated', ...(parsed.value as object) }
        : parsed.value;
    const event = validate(Event, raw, parsed, [], file, diagnostics);
    if (event && !slugId(event.id, parsed, file, diagnostics)) continue;
    if (event) events.push(event);
  }
  return { events, diagnostics };
}

/**
 * Reads the curated corrections `content/speakers.yaml` and `content/talks.yaml` (each a list
 * of entries). Entries that do not validate are reported and left out; the others apply.
 * `places` gives where each one is written, for `buildCatalog` to say which matched nothing.
 * @example const { curation, diagnostics } = await loadCuration('content');
 */
export async function loadCuration(
  given: string | URL,
): Promise<{ curation: Curation; diagnostics: Diagnostic[]; places: CurationPlaces }> {
  const dir = contentPath(given);
  const diagnostics: Diagnostic[] = [];
  const curation: Curation = { speakers: [], talks: [] };
  const places = { speakers: [] as CorrectionPlace[], talks: [] as CorrectionPlace[] };
  const lists = [
    ['speakers.yaml', SpeakerCorrection, curation.speakers, places.speakers],
    ['talks.yaml', TalkCorrection, curation.talks, places.talks],
  ] as const;
  const root = realContentDir(dir);
  for (const [file, schema, out, at] of lists) {
    const parsed = await readYaml(root, join(dir, file), file, 'list', diagnostics);
    if (!parsed) continue;
    if (!Array.isArray(parsed.value)) {
      diagnostics.push(
        diagnostic('invalid-record', 'the file must be a list of entries (`- name: ...`).', file, {
          line: 1,
          column: 1,
        }),
      );
      continue;
    }
    parsed.value.forEach((entry, i) => {
      const valid = validate(schema, entry, parsed, [i], file, diagnostics);
      if (!valid) return;
      (out as unknown[]).push(valid);
      at.push({ file, ...parsed.at([i]) });
    });
  }
  return { curation, diagnostics, places };
}
