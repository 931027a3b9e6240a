import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

// Hexo gives a post several category hierarchies as a list of lists.
describe("Hexo's category hierarchies", () => {
  it('are read as the categories they name, where the post was refused', () => {
    const text =
      '---\ntitle: x\ncategories:\n- [Diary, PlayStation]\n- [Diary, Games]\n- [Life]\n- Rivalries\ntags:\n- PS3\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post?.categories).toEqual(['Diary', 'PlayStation', 'Games', 'Life', 'Rivalries']);
    expect(post?.tags).toEqual(['PS3']);
  });

  it('still refuse lists nested deeper, or of objects', () => {
    const deeper = '---\ntitle: x\ncategories:\n- [[a, b]]\n---\nBody\n';
    expect(parseArticle(deeper, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'invalid-field', line: 3, column: 1 },
    ]);
  });
});
