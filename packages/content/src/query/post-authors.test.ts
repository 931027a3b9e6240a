import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/parse-article.ts';
import { createSearchIndex } from '../search/search-index.ts';
import { fixtureCatalog } from './fixtures/catalog.ts';
import { postAuthors } from './post-authors.ts';

const post = (head: string) => parseArticle(Buffer.from(`${head}\nBody.\n`), 'posts/a.md').post!;

describe('postAuthors', () => {
  it('gives every author, one, or none', () => {
    const names = (head: string) => postAuthors(post(head)).map((a) => a.name);
    expect(names('---\ntitle: T\nauthors: [Ann One, Bob Two]\n---')).toEqual([
      'Ann One',
      'Bob Two',
    ]);
    expect(names('---\ntitle: T\nauthor: Ann One\n---')).toEqual(['Ann One']);
    expect(names('---\ntitle: T\n---')).toEqual([]);
  });

  it('lets search find a post by its second author', () => {
    const second = {
      ...post('---\ntitle: Two hands\nauthors: [Ann One, Bob Zweite]\n---'),
      id: 'two',
    };
    const catalog = { ...fixtureCatalog, posts: [...fixtureCatalog.posts, second] };
    expect(
      createSearchIndex(catalog)
        .search('Zweite')
        .hits.map((h) => h.id),
    ).toEqual(['two']);
  });
});
