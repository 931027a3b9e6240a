import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('Pelican lists separated by semicolons', () => {
  it('split authors and tags at semicolons, so names written "Last, First" stay whole', () => {
    const text = [
      'Title: My super title',
      'Tags: pelican, publishing tool; pelican, bird',
      'Authors: Metaireau, Alexis; Doyle, Conan',
      '',
      'Body',
      '',
    ].join('\n');
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post?.tags).toEqual(['pelican, publishing tool', 'pelican, bird']);
    expect(post?.authors).toEqual([{ name: 'Metaireau, Alexis' }, { name: 'Doyle, Conan' }]);
  });

  it('split at commas when there is no semicolon', () => {
    const text = 'Title: T\nTags: thats, awesome\nAuthors: Ann One, Bob Two\n\nBody\n';
    const { post } = parseArticle(text, 'posts/a.md');
    expect(post?.tags).toEqual(['thats', 'awesome']);
    expect(post?.authors).toEqual([{ name: 'Ann One' }, { name: 'Bob Two' }]);
  });

  it('leave YAML strings to commas: a semicolon there is part of a name', () => {
    const text = '---\ntitle: T\ntags: "a; b, c"\n---\nBody\n';
    expect(parseArticle(text, 'posts/a.md').post?.tags).toEqual(['a; b', 'c']);
  });
});
