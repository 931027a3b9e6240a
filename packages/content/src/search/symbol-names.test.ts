import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { indexTerms, STOP_WORDS } from './index-terms.ts';
import { packPostings } from './pack-postings.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';
import { highlightAll, makeSnippet } from './snippet.ts';
import { normalizeTerm, tokenize } from './tokenize.ts';

// Names of letters and symbols beside ordinary words with the same symbols in them.
const names = 'Assembly and C, then C++ and C#; F# or Notepad++. C++20, C++/CLI and Disney+';
const ordinary = 'C+++ x, a+b, issue#12, page#part, 10+ years, docker-compose, c++d and e#f';

const post = (id: string, title: string) => ({ ...catalog.posts[0]!, id, title, text: title });

function indexOf(...titles: string[]) {
  const posts = titles.map((title, i) => post(`p${i}`, title));
  return createSearchIndex({ ...catalog, posts, talks: [], speakers: [] });
}

const found = (index: ReturnType<typeof indexOf>, query: string) =>
  index.search(query).hits.map((hit) => hit.title);

describe('names of letters and symbols', () => {
  it('are words of their own, and ordinary words with symbols split as before', () => {
    expect(tokenize(names)).toEqual(
      'Assembly and C then C++ and C# F# or Notepad++ C++ 20 C++ CLI and Disney+'.split(' '),
    );
    expect(tokenize(ordinary)).toEqual(
      'C x a b issue 12 page part 10 years docker compose c d and e f'.split(' '),
    );
    // Typed full-width, as a Japanese keyboard gives them, they are the same words.
    expect(tokenize('Ｃ＋＋ と Ｃ＃').map(normalizeTerm)).toEqual(['c++', 'と', 'c#']);
  });

  it('are the same terms on every path: ASCII or not, query, build and highlight', () => {
    for (const text of [names, ordinary]) {
      const words = tokenize(text).map(normalizeTerm);
      const terms = words.filter((word) => !STOP_WORDS.has(word));
      // A text with one character past ASCII (here a dash) takes the Unicode path.
      expect(indexTerms(text)).toEqual(terms);
      expect(indexTerms(`${text} —`)).toEqual(terms);
      const built = packPostings([{ title: text, keywords: '', text: '' }]).terms;
      expect(built).toEqual([...new Set(terms)].sort());
      for (const term of new Set(words)) {
        const marked = highlightAll(text, new Set([term]));
        expect(marked, term).toEqual(highlightAll(`${text} —`, new Set([term])));
        expect(marked.length, term).toBe(words.filter((word) => word === term).length);
      }
    }
  });

  it('find those names and not the letter alone, which finds itself', () => {
    const index = indexOf('Assembly and C', 'Modern C++ in practice', 'C# and F# on .NET');
    expect(found(index, 'c++')).toEqual(['Modern C++ in practice']);
    expect(found(index, 'C#')).toEqual(['C# and F# on .NET']);
    expect(found(index, 'f#')).toEqual(['C# and F# on .NET']);
    expect(found(index, 'c')).toEqual(['Assembly and C']);
    const hit = index.search('c++').hits[0]!;
    expect(hit.titleHighlights).toEqual([{ start: 7, end: 10 }]);
    expect(hit.snippet.highlights).toEqual([{ start: 7, end: 10 }]);
  });

  it('are kept whole at the end of a snippet', () => {
    expect(makeSnippet('We wrote it all in C++ and then in Rust', new Set(['c++']), 20).text).toBe(
      '…in C++ and then in…',
    );
    expect(makeSnippet('Here we wrote C++ and more', new Set(), 15).text).toBe(
      'Here we wrote C++…',
    );
  });

  it('are not found in an index written before they were words: it is refused', () => {
    const index = indexOf('Modern C++ in practice');
    const json = index.toJSON();
    expect(() => loadSearchIndex({ ...json, version: 2 } as never)).toThrow(
      'This search index is version 2; this reader needs version 3. Rebuild it with createSearchIndex(catalog).toJSON().',
    );
    const bytes = index.toBytes();
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, 3, true);
    expect(() => loadSearchIndex(bytes)).toThrow('This search index is version 3');
  });
});
