import { parse as parseToml, TomlError } from 'smol-toml';
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { type At, diagnostic } from './diagnostic-codes.ts';
import type { FrontMatterBlock } from './front-matter-block.ts';
import { looksLikeToml, TOML_IN_YAML_FENCES } from './front-matter-mixup.ts';
import { readSimpleYaml } from './front-matter-simple-yaml.ts';
import { jsonErrorPlace } from './json-error-place.ts';
import { jsonKeys } from './json-keys.ts';
import { readsAsText } from './normalize-fields.ts';
import { dataWithoutControls, LineIndex } from './source-text.ts';
import { tomlErrorPlace } from './toml-error-place.ts';
import type { BlockSource } from './value-position.ts';
import { yamlErrorPlace, yamlValueError } from './yaml-error-place.ts';

/** Front-matter keys and values, with the file position of each top-level key. */
export interface FrontMatterData {
  readonly data: Record<string, unknown>;
  readonly keys: ReadonlyMap<string, At>;
  /** The block's text, to place a diagnostic at a key's value (see `valuePosition`). */
  readonly source?: BlockSource;
}

export interface FrontMatterResult {
  readonly frontMatter?: FrontMatterData;
  readonly diagnostics: Diagnostic[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

// Front-matter values end up in `extra`, which every consumer copies, serialises and
// validates, each recursively: a thousand-deep list in a post must not crash them.
const MAX_VALUE_DEPTH = 32;

/** Whether lists and maps nest deeper than `limit`, checked without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null || v instanceof Date) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

const describe = (v: unknown) =>
  v === null || v === undefined ? 'nothing' : Array.isArray(v) ? 'a list' : `a ${typeof v}`;

const notAMap = (v: unknown, block: FrontMatterBlock) =>
  typeof v === 'string' && block.format !== 'toml' && looksLikeToml(block.raw)
    ? TOML_IN_YAML_FENCES
    : `The front matter parses to ${describe(v)}, not to a set of \`key: value\` pairs`;

/**
 * A plain scalar that YAML reads as a number (`1.10`, `007`), made the text it is written as;
 * in a list, each item, and each of a list in it (Hexo's category hierarchies).
 */
function numberAsWritten(node: unknown, depth = 0): void {
  if (isSeq(node) && depth < 2) for (const item of node.items) numberAsWritten(item, depth + 1);
  else if (isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && node.source)
    node.value = node.source;
}

/**
 * Where the post model reads text (a title, tags, author names), numbers are kept as written:
 * YAML reads `title: 1.10` as 1.1 and `tags: [3.10]` as 3.1, a title and a tag the writer
 * never wrote.
 */
function keepNumbersAsWritten(doc: Document): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !readsAsText(String(pair.key.value))) continue;
    numberAsWritten(pair.value);
  }
}

function parseYaml(block: FrontMatterBlock, file: string): FrontMatterResult {
  // Most front matter is a few `key: value` lines, read here without the YAML library.
  const simple = readSimpleYaml(block.raw, block.rawLine);
  if (simple) return toData(simple.data, simple.keys, block, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.raw, { lineCounter, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const place = yamlErrorPlace(block.raw, error, block.rawLine);
    const pos = lineCounter.linePos(place.offset);
    return {
      diagnostics: [
        diagnostic('invalid-yaml', `${place.message}.`, file, {
          line: pos.line + block.rawLine - 1,
          column: pos.col,
        }),
      ],
    };
  }
  const keys = new Map<string, At>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        keys.set(String(pair.key.value), { line: pos.line + block.rawLine - 1, column: pos.col });
      }
    }
  }
  keepNumbersAsWritten(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const why = yamlValueError(block.raw, error);
    const at = why.offset === undefined ? undefined : lineCounter.linePos(why.offset);
    return {
      diagnostics: [
        diagnostic(
          'invalid-yaml',
          `${why.message}.`,
          file,
          at
            ? { line: at.line + block.rawLine - 1, column: at.col }
            : { line: block.rawLine, column: 1 },
        ),
      ],
    };
  }
  return toData(value, keys, block, file);
}

function parseTomlBlock(block: FrontMatterBlock, file: string): FrontMatterResult {
  try {
    const data = parseToml(block.raw);
    const keys = new Map<string, At>();
    let inTable = false;
    block.raw.split('\n').forEach((line, i) => {
      const table = /^\s*\[+\s*["']?([\w-]+)/.exec(line);
      const key = /^\s*["']?([\w-]+)["']?\s*=/.exec(line);
      const at = { line: i + block.rawLine, column: 1 + line.search(/\S/) };
      if (table) {
        inTable = true;
        if (!keys.has(table[1]!)) keys.set(table[1]!, at);
      } else if (key && !inTable && !keys.has(key[1]!)) keys.set(key[1]!, at);
    });
    return toData(data, keys, block, file);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const place = tomlErrorPlace(block.raw, error, block.rawLine);
    return {
      diagnostics: [
        diagnostic('invalid-toml', `${place.message}.`, file, {
          line: place.line + block.rawLine - 1,
          column: place.column,
        }),
      ],
    };
  }
}

function parseJson(block: FrontMatterBlock, file: string): FrontMatterResult {
  if (block.trailing) {
    const { text, line, column } = block.trailing;
    const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
    const detail = `\`${shown}\` follows the closing \`}\` on its line, where it would be lost; start the body on the next line.`;
    return { diagnostics: [diagnostic('invalid-json', detail, file, { line, column })] };
  }
  const index = new LineIndex(block.raw);
  let data: unknown;
  try {
    data = JSON.parse(block.raw);
  } catch (error) {
    const at = jsonErrorPlace(block.raw, error);
    return {
      diagnostics: [
        diagnostic('invalid-json', `${at.message}.`, file, {
          line: at.line + block.rawLine - 1,
          column: at.column,
        }),
      ],
    };
  }
  const { top, twice } = jsonKeys(block.raw);
  if (twice) {
    const first = index.position(twice.first);
    const second = index.position(twice.second);
    const detail = `the key \`${twice.key}\` is given twice (first on line ${first.line + block.rawLine - 1}); engines differ on which one counts, so remove or rename one.`;
    return {
      diagnostics: [
        diagnostic('invalid-json', detail, file, {
          line: second.line + block.rawLine - 1,
          column: second.column,
        }),
      ],
    };
  }
  const keys = new Map<string, At>();
  for (const [key, offset] of top) {
    const pos = index.position(offset);
    keys.set(key, { line: pos.line + block.rawLine - 1, column: pos.column });
  }
  return toData(data, keys, block, file);
}

/** Pelican, MultiMarkdown and Nikola headers: one `Key: value` per line, values as strings. */
function parseHeaderLines(block: FrontMatterBlock, file: string): FrontMatterResult {
  const data: Record<string, unknown> = {};
  const keys = new Map<string, At>();
  const diagnostics: Diagnostic[] = [];
  const pattern =
    block.format === 'nikola'
      ? /^\.\.[ \t]+([\w-]+):[ \t]*(.*)$/
      : /^([A-Za-z][\w -]*?):[ \t]*(.*)$/;
  let last: string | undefined;
  block.raw.split('\n').forEach((line, i) => {
    const match = pattern.exec(line);
    if (match) {
      // Pelican capitalises keys (`Title:`); every engine reads them case-insensitively, and
      // MultiMarkdown without their spaces (`Base Header Level`).
      const key = match[1]!.toLowerCase().replace(/\s+/g, '');
      const first = keys.get(key);
      if (first) {
        // Pelican keeps the first of a key given twice (and warns): so does confnotes, with
        // the continuation lines of the one left out.
        last = undefined;
        const name = match[1]!.trim();
        const detail = `\`${name}\` is given twice (first on line ${first.line}); the first one counts, as in Pelican, and this one is left out`;
        const at = { line: i + block.rawLine, column: line.indexOf(name) + 1 };
        diagnostics.push(diagnostic('duplicate-key', detail, file, at));
        return;
      }
      last = key;
      data[last] = match[2]!.trim();
      keys.set(last, { line: i + block.rawLine, column: 1 });
    } else if (last && /^[ \t]+\S/.test(line)) {
      data[last] = `${data[last]} ${line.trim()}`.trim();
    }
  });
  return { frontMatter: { data, keys }, diagnostics };
}

function toData(
  value: unknown,
  keys: Map<string, At>,
  block: FrontMatterBlock,
  file: string,
): FrontMatterResult {
  if (value === null || value === undefined)
    return { frontMatter: { data: {}, keys }, diagnostics: [] };
  if (nestsDeeperThan(value, MAX_VALUE_DEPTH)) {
    const detail = `front-matter values more than ${MAX_VALUE_DEPTH} levels deep; confnotes reads no deeper`;
    return {
      diagnostics: [
        diagnostic('too-deeply-nested', detail, file, {
          line: Math.max(1, block.rawLine),
          column: 1,
        }),
      ],
    };
  }
  if (!isRecord(value)) {
    return {
      diagnostics: [
        diagnostic('front-matter-not-a-map', notAMap(value, block), file, {
          line: block.rawLine,
          column: 1,
        }),
      ],
    };
  }
  return { frontMatter: { data: value, keys }, diagnostics: [] };
}

/**
 * Parses a front-matter block with the parser of its format, reporting syntax errors at the
 * file line and column the parser points to.
 * @example parseFrontMatter(splitFrontMatter(text), 'posts/a.md').frontMatter?.data.title
 */
export function parseFrontMatter(block: FrontMatterBlock, file: string): FrontMatterResult {
  const result = parseBlock(block, file);
  if (!result.frontMatter) return result;
  // Control characters in its values are read as U+FFFD, as in the text.
  const { data, keys } = result.frontMatter;
  const { value, first } = dataWithoutControls(data);
  if (!first) return { ...result, frontMatter: { data, keys, source: block } };
  const key = String(first[0]);
  return {
    frontMatter: { data: value as Record<string, unknown>, keys, source: block },
    diagnostics: [
      ...result.diagnostics,
      diagnostic(
        'control-character',
        `in \`${key}\``,
        file,
        keys.get(key) ?? { line: 1, column: 1 },
      ),
    ],
  };
}

function parseBlock(block: FrontMatterBlock, file: string): FrontMatterResult {
  if (block.unclosed) {
    return {
      diagnostics: [
        diagnostic('unclosed-front-matter', block.unclosed, file, { line: 1, column: 1 }),
      ],
    };
  }
  switch (block.format) {
    case 'yaml':
    case 'hexo':
      return parseYaml(block, file);
    case 'toml':
      return parseTomlBlock(block, file);
    case 'json':
      return parseJson(block, file);
    case 'pelican':
    case 'nikola':
      return parseHeaderLines(block, file);
    case 'none':
      return { frontMatter: { data: {}, keys: new Map() }, diagnostics: [] };
    default:
      return block.format satisfies never;
  }
}
