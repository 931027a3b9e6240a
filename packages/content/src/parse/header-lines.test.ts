import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('Pelican and Nikola header lines giving a key twice', () => {
  it('keep the first, as Pelican does, with a warning at the second', () => {
    const text =
      'Title: Day two\nTags: docker,\n  swarm\nDate: 2015-11-19\nTags: other\n  more\n\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(post?.tags).toEqual(['docker', 'swarm']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['duplicate-key', 'warning', 5, 1],
    ]);
    expect(diagnostics[0]?.message).toBe(
      'The key `Tags` is given twice (first on line 2); the first one counts, as in Pelican, and this one is left out.',
    );
  });

  it('count keys alike whatever their case, in Nikola comments too', () => {
    const text = '<!--\n.. title: First\n.. Title: Second\n-->\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(post?.title).toBe('First');
    expect(diagnostics).toMatchObject([{ code: 'duplicate-key', line: 3, column: 4 }]);
  });
});
