import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('YAML numbers where the post model reads text', () => {
  it('are kept as written: a title, a slug, tags, categories and author names', () => {
    const text = [
      '---',
      'title: 1.10',
      'subtitle: 2.0',
      'slug: 007',
      'tags: [python, 3.10, 2.0]',
      'categories:',
      '  - 0x1F',
      '  - 1e3',
      'authors: [Ann One, 42.0]',
      'weight: 1.50',
      '---',
      'Body',
      '',
    ].join('\n');
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: '1.10',
      subtitle: '2.0',
      id: '007',
      tags: ['python', '3.10', '2.0'],
      categories: ['0x1F', '1e3'],
      authors: [{ name: 'Ann One' }, { name: '42.0' }],
    });
    // Keys the model does not name keep the value YAML gives.
    expect(post?.extra).toEqual({ weight: 1.5 });
  });
});

describe('YAML numbers in category hierarchies', () => {
  it('are kept as written too', () => {
    const text = '---\ntitle: x\ncategories:\n- [Python, 3.10]\n---\nBody\n';
    expect(parseArticle(text, 'posts/a.md').post?.categories).toEqual(['Python', '3.10']);
  });
});
