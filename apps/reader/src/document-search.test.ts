import { describe, expect, it } from 'vitest';
import { indexCatalog } from './data/catalog-index.ts';
import { searchMatches } from './document-search.ts';
import { postDoc } from './render/post-doc.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

const docOf = (body: string, width: number) => {
  const post = makePost({ id: 'wrapped', title: 'Wrapped', body });
  const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
  return postDoc(index, post, width, false);
};

/** The text each match highlights, its parts on different lines joined by `|`. */
const found = (body: string, width: number, query: string) => {
  const doc = docOf(body, width);
  return searchMatches(doc, query).map((m) =>
    m.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end)).join('|'),
  );
};

const filler = 'The last time I went to the conference it was held in ';

describe('searchMatches over wrapped lines', () => {
  it('finds a phrase at every width, wherever the layout wraps it', () => {
    const body = `${filler}San Diego in 2023, and it felt larger. San Diego again.`;
    for (let width = 20; width <= 80; width++) {
      expect(found(body, width, 'san diego').map((m) => m.replace('|', ' '))).toEqual([
        'San Diego',
        'San Diego',
      ]);
    }
    expect(found(body, 60, 'san diego')[0]).toBe('San|Diego');
  });

  it('finds as many matches at every width as the text holds, no more', () => {
    const body = `${filler}San Diego in 2023, and the event felt much larger back then. There were two tracks of talks and a lot of people at each of them, the area around the venue was a sea of attendees.`;
    for (const query of ['ea', 'e a', 'san diego', 'the', 'a t', 'n a']) {
      // Laid out wide enough that nothing wraps, the article shows each match on one line.
      const inText = found(body, 400, query).length;
      expect(inText).toBeGreaterThanOrEqual(body.toLowerCase().split(query).length - 1);
      for (let width = 20; width <= 80; width++) {
        expect(found(body, width, query), `${query} at ${width}`).toHaveLength(inText);
      }
    }
  });

  it('leaves out the margin of a wrapped list item or quote', () => {
    const body = `- ${filler}San Diego.\n\n> ${filler}San Diego.`;
    expect(found(body, 60, 'in san diego')).toEqual(['in San|Diego', 'in San|Diego']);
  });

  it('finds a long word the layout cut, and no phrase across two paragraphs', () => {
    const word = 'supercalifragilisticexpialidocious'.repeat(2);
    expect(found(`See ${word} here.`, 40, word)).toHaveLength(1);
    const chinese = '張三介紹了分散式系統的設計。這是一個很長的中文段落，用來測試換行。';
    for (let width = 10; width <= 40; width++) {
      expect(found(chinese, width, '分散式系統的設計'), `at ${width}`).toHaveLength(1);
    }
    expect(found('The end.\n\nNext one.', 80, 'end. next')).toEqual([]);
  });
});

describe('searchMatches of text that keeps a mark folding leaves alone', () => {
  it('finds an emoji with its presentation selector, typed with it or without', () => {
    const body = '- ⭐️ Team topologies by Matthew Skelton';
    expect(found(body, 60, '⭐️ team')).toEqual(['⭐️ Team']);
    expect(found(body, 60, '⭐ team')).toEqual(['⭐️ Team']);
  });

  it('finds a word whose accent is written apart from its letter', () => {
    expect(found('The cafe\u0301 bar opened late.', 60, 'café bar')).toEqual(['cafe\u0301 bar']);
  });
});
