import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('a title key left empty', () => {
  it.each([
    ['---\nlayout: post\ntitle:\n---\nBody\n', 3, 1],
    ['---\nlayout: post\ntitle: ""\n---\nBody\n', 3, 8],
    ['+++\nlayout = "post"\ntitle = ""\n+++\nBody\n', 3, 9],
    ['Date: 2015-11-19\nTitle:\n\nBody\n', 2, 1],
  ])('is reported at the key, not at the top of the file: %j', (text, line, column) => {
    const { diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toMatchObject([{ code: 'missing-title', line, column }]);
    expect(diagnostics[0]!.message).toBe('The post has no title (its `title` is empty).');
  });
});

describe('Pelican headers opening with an empty key', () => {
  it('are read as headers, the empty title reported at its key', () => {
    const { diagnostics } = parseArticle('Title:\nDate: 2015-11-19\n\nBody\n', 'posts/a.md');
    expect(diagnostics).toMatchObject([{ code: 'missing-title', line: 1, column: 1 }]);
    expect(diagnostics[0]!.message).toBe('The post has no title (its `title` is empty).');
  });
});
