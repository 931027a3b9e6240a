import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex } from './search-index.ts';
import { makeSnippet } from './snippet.ts';
import { tokenize, tokenSpans } from './tokenize.ts';

// Letters written with a combining mark: `é` decomposed (NFD), as text pasted from some editors
// and PDFs gives it, and the vowel signs of Hindi, Thai and other scripts, which are marks.
const decomposed = 'D\u00e9ploiement'.normalize('NFD');

describe('words typed in compatibility forms', () => {
  it('are found by their plain letters, and find them, with the typed word marked', () => {
    const post = { ...catalog.posts[0]!, id: 'wide', title: 'ＤＯＣＫＥＲ ﬁles ｶﾀｶﾅ' };
    const index = createSearchIndex({ ...catalog, posts: [post] });
    for (const [query, highlight] of [
      ['docker', { start: 0, end: 6 }],
      ['files', { start: 7, end: 11 }],
      ['カタカナ', { start: 12, end: 16 }],
    ] as const) {
      const hit = index.search(query, { types: ['post'] }).hits[0];
      expect(hit?.id, query).toBe('wide');
      expect(hit?.titleHighlights, query).toEqual([highlight]);
    }
    const plain = createSearchIndex(catalog);
    const title = catalog.posts[0]!.title;
    const wide = title.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(plain.search(wide).hits[0]?.id).toBe(plain.search(title).hits[0]?.id);
  });
});

describe('words with combining marks', () => {
  it('are one word each, marks included', () => {
    expect(tokenize(`${decomposed} continu`)).toEqual([decomposed, 'continu']);
    expect(tokenize('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
    expect(tokenize('ภาษาไทย')).toEqual(['ภาษาไทย']);
    expect([...tokenSpans(decomposed)]).toEqual([{ start: 0, end: 12, term: 'deploiement' }]);
  });

  it('are found and marked whole by a search, however the accent was typed', () => {
    const post = { ...catalog.posts[0]!, id: 'nfd', title: `${decomposed} continu` };
    const index = createSearchIndex({ ...catalog, posts: [post] });
    for (const query of ['déploiement', decomposed]) {
      const hit = index.search(query, { types: ['post'] }).hits[0];
      expect(hit?.id).toBe('nfd');
      expect(hit?.titleHighlights).toEqual([{ start: 0, end: 12 }]);
    }
    const hindi = { ...post, id: 'hi', title: 'हिन्दी भाषा' };
    const indexed = createSearchIndex({ ...catalog, posts: [hindi] });
    expect(indexed.search('भाषा').hits[0]?.titleHighlights).toEqual([{ start: 7, end: 11 }]);
  });

  it('are never cut from their marks at the end of a snippet', () => {
    const text = `word cafe\u0301 more`;
    expect(makeSnippet(text, new Set(), 9).text).toBe('word…');
  });
});
