import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readSimpleYaml } from './front-matter-simple-yaml.ts';

/** What the YAML library reads: the value and the position of each top-level key. */
function library(raw: string, rawLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter });
  if (doc.errors.length > 0) return 'error';
  const keys: [string, { line: number; column: number }][] = [];
  if (isMap(doc.contents))
    for (const pair of doc.contents.items)
      if (isScalar(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        keys.push([String(pair.key.value), { line: pos.line + rawLine - 1, column: pos.col }]);
      }
  return { data: doc.toJS(), keys };
}

// Pieces of values where YAML and a quick reading could part: indicators, comments, colons,
// quotes, core-schema words and numbers, white space YAML does not trim.
const piece = fc.constantFrom(
  'a',
  'Day two',
  'C#',
  'a #b',
  'a: b',
  'a:b',
  'x:',
  '-x',
  '- x',
  '?x',
  '!x',
  '&a',
  '*a',
  '|',
  '>',
  '%x',
  '@x',
  '"q"',
  "'s'",
  "it's",
  '[x]',
  '{x}',
  'a,b',
  'true',
  'False',
  'yes',
  'null',
  '~',
  '',
  ' ',
  '1',
  '-1',
  '1.5',
  '.5',
  '1e3',
  '1_000',
  '0x1F',
  '0o17',
  '.inf',
  '.nan',
  '2012-11-18 10:00:00 +0100',
  '10:20',
  'é',
  '😀',
  '\u00a0',
  '\t',
  '\u2028',
  '\\',
  '#c',
);
const text = fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
const value = fc.oneof(
  text.map((t) => ` ${t}`),
  text.map((t) => ` "${t}"`),
  text.map((t) => ` '${t}'`),
  fc
    .tuple(fc.array(text, { maxLength: 3 }), fc.constantFrom(', ', ','))
    .map(([items, sep]) => ` [${items.join(sep)}]`),
  fc
    .tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  '))
    .map(([items, indent]) => `\n${items.map((i) => `${indent}- ${i}`).join('\n')}`),
  fc.constant(''),
);
const key = fc.constantFrom('title', 'date', 'tags', 'draft', 'a-b', 'true', 'null', '__proto__');
const block = fc
  .array(fc.tuple(key, value), { minLength: 1, maxLength: 5 })
  .map((lines) => `${lines.map(([k, v]) => `${k}:${v}`).join('\n')}\n`);

describe('readSimpleYaml', () => {
  it('reads what the YAML library reads, or gives up', () => {
    fc.assert(
      fc.property(block, (raw) => {
        const simple = readSimpleYaml(raw, 2);
        if (simple) expect({ data: simple.data, keys: [...simple.keys] }).toEqual(library(raw, 2));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads the front matter blogs write', () => {
    const raw =
      'title: "QuiadConf 2012: a recap"\ndate: 2012-11-18 10:00:00 +0100\nauthor: Thiel Anvicor\ntags: [devops, talks]\ndraft: false\ncategories:\n- recap\n- notes\n';
    const simple = readSimpleYaml(raw, 2);
    expect(simple?.data).toEqual({
      title: 'QuiadConf 2012: a recap',
      date: '2012-11-18 10:00:00 +0100',
      author: 'Thiel Anvicor',
      tags: ['devops', 'talks'],
      draft: false,
      categories: ['recap', 'notes'],
    });
    expect(simple?.keys.get('categories')).toEqual({ line: 7, column: 1 });
    const read = library(raw, 2);
    expect(read).not.toBe('error');
    if (read !== 'error') expect(simple).toEqual({ data: read.data, keys: new Map(read.keys) });
  });

  it('leaves numbers, comments, nesting and repeated keys to the YAML library', () => {
    for (const raw of [
      'n: 1\n',
      'a: b # c\n',
      'a:\n  b: c\n',
      'a: x\na: y\n',
      '# c\na: b\n',
      'a: |\n  x\n',
    ])
      expect(readSimpleYaml(raw, 2)).toBeUndefined();
  });
});
