import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { parseJsonByItems } from './json-by-items.ts';

const parsed = (text: string) => parseJsonByItems(Buffer.from(text));

describe('parseJsonByItems', () => {
  it('gives what JSON.parse gives for a catalog, compact and indented', () => {
    const catalog = fixtureCatalog({ posts: 5 });
    for (const indent of [0, 2]) {
      const text = JSON.stringify(catalog, null, indent);
      expect(parsed(text)).toEqual(JSON.parse(text));
    }
  });

  it('reads strings holding brackets, quotes, escapes and other scripts, and every kind of value', () => {
    const odd = {
      list: [
        'a]b',
        '{"x"}',
        'back\\\\slash\\\\',
        'é 漢字 🚀',
        { deep: [[1, [2]], { '}': ']' }] },
        -1.5e3,
        true,
        false,
        null,
      ],
      empty: [],
      nothing: {},
      n: 0,
      s: '\u2028',
      '["tricky"]': 'key',
    };
    const text = JSON.stringify(odd, null, 1);
    expect(parsed(text)).toEqual(JSON.parse(text));
    expect(parsed(' { } ')).toEqual({});
  });

  it('keeps a member named __proto__ a member, as JSON.parse does', () => {
    const value = parsed('{"__proto__":[{"polluted":true}]}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('says at which byte the text is not JSON', () => {
    expect(() => parsed('{"posts":[{"id":1},]}')).toThrow(/Expected a value at byte 19/);
    expect(() => parsed('{"posts":[{"id":"a}]}')).toThrow(SyntaxError);
    expect(() => parsed('{"a":1} trailing')).toThrow(/after the JSON/);
    expect(() => parsed('[1,2]')).toThrow(/Expected \{/);
  });
});
