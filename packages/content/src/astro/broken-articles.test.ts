import { describe, expect, it } from 'vitest';
import type { Catalog, Diagnostic, Post } from '../schema/index.ts';
import { brokenArticles } from './broken-articles.ts';

const post = (id: string, path: string, event?: string) =>
  ({ id, source: { path }, ...(event ? { event } : {}) }) as Post;
const error = (file: string, code = 'invalid-yaml'): Diagnostic => ({
  severity: 'error',
  code,
  message: 'Broken.',
  file,
  line: 1,
  column: 1,
});

describe('brokenArticles', () => {
  const broken = brokenArticles();
  broken.note({
    posts: [
      post('a', 'posts/a.md', 'ev-a'),
      post('b', 'posts/2015/b.md'),
      post('c', 'posts/2015/c.md'),
      post('d', 'posts/2015-d.md'),
    ],
  } as Catalog);

  it("keeps a broken article's post, its event and what it is mentioned in", () => {
    const keep = broken.keeps([error('posts/a.md')]);
    expect(keep('posts', 'a', {})).toBe(true);
    expect(keep('posts', 'b', {})).toBe(false);
    expect(keep('events', 'ev-a', {})).toBe(true);
    expect(keep('talks', 't', { mentions: [{ post: 'b' }, { post: 'a' }] })).toBe(true);
    expect(keep('speakers', 's', { mentions: [{ post: 'b' }] })).toBe(false);
  });

  it('keeps every article of a folder that cannot be listed, and no other', () => {
    // Named as the listing names it, with a slash at the end.
    const keep = broken.keeps([error('posts/2015/', 'unreadable-folder')]);
    expect(['a', 'b', 'c', 'd'].filter((id) => keep('posts', id, {}))).toEqual(['b', 'c']);
  });
});
