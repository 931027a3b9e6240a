import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { parsePost } from './parse-post.ts';

// What a caller without types can pass: each is refused with a message naming the argument.
const call =
  (parse: (source: never, path: never) => unknown, source: unknown, path: unknown) => () =>
    parse(source as never, path as never);

describe('arguments that are not an article', () => {
  it.each([
    [undefined, 'not undefined'],
    [null, 'not null'],
    [['# x'], 'not an Array'],
    [42, 'not number'],
    [new ArrayBuffer(4), 'not an ArrayBuffer'],
    [{ text: '# x' }, 'not a plain object'],
  ])('refuses a source of %o with a TypeError that says what it must be', (source, what) => {
    for (const parse of [parseArticle, parsePost]) {
      const run = call(parse, source, 'posts/a.md');
      expect(run).toThrow(TypeError);
      expect(run).toThrow(/^An article's source must be its text \(a string\) or its bytes/);
      expect(run).toThrow(what);
    }
  });

  it.each([
    [undefined, 'not undefined'],
    [7, 'not number'],
  ])('refuses a path of %o', (path, what) => {
    for (const parse of [parseArticle, parsePost]) {
      const run = call(parse, '---\ntitle: A\n---\n', path);
      expect(run).toThrow(TypeError);
      expect(run).toThrow(/^An article's path must be a string/);
      expect(run).toThrow(what);
    }
  });

  it('still reads text, bytes and a Buffer, and gives an empty path a diagnostic-free post', () => {
    const text = '---\ntitle: A\n---\nHello\n';
    expect(parsePost(text, 'posts/a.md').post?.title).toBe('A');
    expect(parsePost(new TextEncoder().encode(text), 'posts/a.md').post?.title).toBe('A');
    expect(parsePost(Buffer.from(text), 'posts/a.md').post?.title).toBe('A');
    expect(parsePost(text, '').diagnostics).toEqual([]);
  });
});
