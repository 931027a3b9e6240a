import { describe, expect, it } from 'vitest';
import { jsonDuplicateKey } from './json-keys.ts';
import { parseArticle } from './parse-article.ts';

describe('jsonDuplicateKey', () => {
  it('finds a key given twice in one object, not keys repeated across objects', () => {
    expect(jsonDuplicateKey('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}')).toBe(
      undefined,
    );
    const text = '{"a": 1, "b": {"a": 2}, "a" : 3}';
    expect(jsonDuplicateKey(text)).toEqual({ key: 'a', first: 1, second: text.lastIndexOf('"a"') });
  });

  it('reads keys and strings as JSON does: escapes, and colons inside values', () => {
    expect(jsonDuplicateKey('{"a\\"": "x\\": y", "a": "\\"a\\":"}')).toBe(undefined);
    expect(jsonDuplicateKey('{"\\u0061": 1, "a": 2}')?.key).toBe('a');
  });
});

describe('JSON front matter naming a key twice', () => {
  it('is an error at the second key, naming the line of the first', () => {
    const text = '{\n  "title": "First",\n  "tags": ["a"],\n  "title": "Second"\n}\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(post).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-json', line: 4, column: 3 });
    expect(diagnostics[0]?.message).toContain('`title` is given twice (first on line 2)');
  });
});
