import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

// Hexo's JSON front matter: the object's members without its braces, closed by `;;;`, and
// opened by `;;;` too, or not.
describe("Hexo's JSON front matter closed by ;;;", () => {
  it('is read with an opening ;;;', () => {
    const text =
      ';;;\n"title": "Hello World",\n"date": "2013/7/13 20:46:25",\n"tags": ["a", "b"]\n;;;\nBody.\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: 'Hello World',
      date: '2013-07-13T20:46:25',
      tags: ['a', 'b'],
      source: { format: 'json', bodyLine: 6 },
      text: 'Body.',
    });
  });

  it('is read without one', () => {
    const text = '"title": "Hello World",\n"date": "2013/7/13 20:46:25"\n;;;\nBody.\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({ title: 'Hello World', source: { format: 'json', bodyLine: 4 } });
    expect(post?.text).toBe('Body.');
  });

  it('places errors and values at their file lines', () => {
    const bad = ';;;\n"title": "x",\n"date": "2015-02-30",\n;;;\nBody.\n';
    expect(parseArticle(bad, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'invalid-json', line: 3, column: 21 },
    ]);
    const date = ';;;\n"title": "x",\n"date": "2015-02-30"\n;;;\nBody.\n';
    expect(parseArticle(date, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'invalid-date', line: 3, column: 9 },
    ]);
    const unquoted = '"title": "x",\ndate: 1\n;;;\nBody.\n';
    expect(parseArticle(unquoted, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'invalid-json', line: 2, column: 1 },
    ]);
  });

  it('is reported when the opening ;;; is never closed', () => {
    const text = ';;;\n"title": "x"\n\nBody.\n';
    expect(parseArticle(text, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'unclosed-front-matter', line: 1, column: 1 },
    ]);
  });
});
