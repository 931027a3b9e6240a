import { describe, expect, it } from 'vitest';
import { acceptAll, buildInvertedIndex, InvertedIndex } from './inverted-index.ts';

// Documents where 'docker' has many postings with tied and distinct scores.
const documents = Array.from({ length: 300 }, (_, i) => ({
  title: i % 7 === 0 ? 'Docker in production' : `Talk ${i}`,
  keywords: i % 5 === 0 ? 'docker containers' : 'cloud',
  text: `${'docker '.repeat(i % 4)}words about item ${i % 13} and more text ${i}`,
}));

/** Every posting of a term, ranked as the general query path ranks documents. */
function bruteForce(index: InvertedIndex, word: string, accept: (doc: number) => boolean) {
  const term = index.data.terms.indexOf(word);
  const docs = index.data.docs[term]!;
  const scores = index.data.scores[term]!;
  return docs
    .map((doc, i) => ({ doc, score: scores[i]! }))
    .filter(({ doc }) => accept(doc))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

describe('one-term queries', () => {
  it('rank and count as a full scan of the postings does, on every page and filter', () => {
    const index = new InvertedIndex(buildInvertedIndex(documents));
    const even = (doc: number) => doc % 2 === 0;
    for (const accept of [acceptAll, even]) {
      const expected = bruteForce(index, 'docker', accept);
      expect(expected.length).toBeGreaterThan(50);
      for (const [offset, limit] of [
        [0, 20],
        [20, 20],
        [0, 1000],
        [expected.length - 3, 10],
        [0, 0],
      ] as const) {
        const { total, top } = index.query(['docker'], true, accept, offset, limit);
        expect(total).toBe(expected.length);
        expect(top.map(({ doc, score }) => ({ doc, score }))).toEqual(
          expected.slice(offset, offset + limit),
        );
        for (const hit of top) expect(hit.terms).toEqual(['docker']);
      }
    }
  });
});
