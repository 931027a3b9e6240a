import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('JSON front matter with text after its closing brace', () => {
  it('is an error at that text, which would otherwise be lost', () => {
    const { post, diagnostics } = parseArticle('{"title": "x"}  Hello there\nBody\n', 'posts/a.md');
    expect(post).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-json', line: 1, column: 17 });
    expect(diagnostics[0]?.message).toContain('`Hello there` follows the closing `}`');
  });

  it('allows spaces there, and an object closing on a later line', () => {
    expect(parseArticle('{"title": "x"}  \nBody\n', 'posts/a.md').post?.body).toBe('Body\n');
    const { post, diagnostics } = parseArticle('{\n"title": "x"\n} tail\nBody\n', 'posts/a.md');
    expect(post).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-json', line: 3, column: 3 });
  });
});
