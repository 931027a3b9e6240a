import type { At } from './diagnostic-codes.ts';

/** Keys and values of front matter, with the file position of each top-level key. */
export interface SimpleYaml {
  readonly data: Record<string, unknown>;
  readonly keys: Map<string, At>;
}

// What this reader accepts: the front matter nearly every blog writes, one `key: value` per
// line, where a value is a quoted string without escapes, a plain string, `true`/`false`/
// `null`, a flow list `[a, b]` or a block list (`- a` lines) of such strings. For anything
// else (numbers, comments, blank lines, nesting, anchors, tags, escapes, multi-line values,
// repeated keys, unusual characters) it gives up, and the YAML library reads the block.
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const itemLine = /^( *)- +(.*)$/;
const doubleQuoted = /^"([^"\\]*)" *$/;
const singleQuoted = /^'([^']*)' *$/;
const flowList = /^\[([^[\]{}#"']*)\] *$/;
// A plain string: no indicator first, no `: ` or ` #` inside, no `:` last; printable
// characters of the Basic Multilingual Plane only.
const indicatorFirst = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const plainTrouble = /: |:$| #|\t|[^\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]/;
const flowTrouble = /[,[\]{}]/;
const unusualCharacter = /[^\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]/;
// YAML 1.2 core schema scalars that are not strings.
const number =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const nulls = new Set(['~', 'null', 'Null', 'NULL']);
const booleans = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

const giveUp = Symbol('not simple YAML');

// Only spaces: a no-break space, which `trim` removes, is part of a YAML scalar.
const trimSpaces = (text: string) => text.replace(/^ +| +$/g, '');

/** A plain scalar's value under the core schema, or `giveUp`. */
function plain(text: string, flow: boolean): unknown {
  const value = trimSpaces(text);
  if (value === '' || indicatorFirst.test(value) || plainTrouble.test(value)) return giveUp;
  if (flow && flowTrouble.test(value)) return giveUp;
  if (nulls.has(value)) return null;
  const bool = booleans.get(value);
  if (bool !== undefined) return bool;
  return number.test(value) ? giveUp : value;
}

/** A single-line scalar: quoted without escapes, or plain. */
function scalar(text: string): unknown {
  const quoted = doubleQuoted.exec(text) ?? singleQuoted.exec(text);
  if (quoted) return unusualCharacter.test(quoted[1]!) ? giveUp : quoted[1];
  return plain(text, false);
}

function flowItems(inner: string): unknown[] | typeof giveUp {
  if (trimSpaces(inner) === '') return [];
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = plain(trimSpaces(part), true);
    if (item === giveUp) return giveUp;
    items.push(item);
  }
  return items;
}

/**
 * Reads front matter that is simple YAML (see above) exactly as the YAML library reads it, in
 * one pass over its lines; `undefined` for anything else. Key positions are file positions
 * (`rawLine` is the file line of the block's first line).
 * @example readSimpleYaml('title: Day two\ntags: [a, b]\n', 2)?.data.tags // ['a', 'b']
 */
export function readSimpleYaml(raw: string, rawLine: number): SimpleYaml | undefined {
  const lines = raw.split('\n');
  // The block ends with a line break before its closing `---`; nothing else may be empty.
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  const keys = new Map<string, At>();
  for (let i = 0; i < lines.length; i++) {
    const match = keyLine.exec(lines[i]!);
    if (!match) return undefined;
    const key = match[1]!;
    if (keys.has(key) || key === '__proto__' || nulls.has(key) || booleans.has(key))
      return undefined;
    keys.set(key, { line: i + rawLine, column: 1 });
    const rest = match[2] ?? '';
    let value: unknown;
    if (trimSpaces(rest) === '') {
      // A block list in the lines that follow, all at one indent, or nothing (null).
      const items: unknown[] = [];
      let indent: string | undefined;
      for (
        let item = itemLine.exec(lines[i + 1] ?? '');
        item;
        item = itemLine.exec(lines[i + 1] ?? '')
      ) {
        if (indent !== undefined && item[1] !== indent) return undefined;
        indent = item[1]!;
        const v = scalar(item[2]!);
        if (v === giveUp) return undefined;
        items.push(v);
        i++;
      }
      value = indent === undefined ? null : items;
    } else {
      const list = flowList.exec(rest);
      value = list ? flowItems(list[1]!) : scalar(rest);
    }
    if (value === giveUp) return undefined;
    data[key] = value;
  }
  return { data, keys };
}
