import { describe, expect, it } from 'vitest';
import { indexTerms } from './index-terms.ts';
import { acceptAll, InvertedIndex } from './inverted-index.ts';
import { buildInvertedIndex, FIELD_BOOSTS, type Field } from './pack-postings.ts';

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

/** BM25F as a direct reading of its formula, one map per field: what the packed build must equal. */
function referenceIndex(docs: readonly Readonly<Record<Field, string>>[]) {
  const fields = Object.keys(FIELD_BOOSTS) as Field[];
  const terms = docs.map((doc) => fields.map((field) => indexTerms(doc[field])));
  const averages = fields.map((_, f) =>
    Math.max(1, terms.reduce((sum, fieldTerms) => sum + fieldTerms[f]!.length, 0) / docs.length),
  );
  const postings = new Map<string, { doc: number; weight: number }[]>();
  terms.forEach((fieldTerms, doc) => {
    const weights = new Map<string, number>();
    fieldTerms.forEach((list, f) => {
      const norm = 1 - 0.75 + (0.75 * list.length) / averages[f]!;
      const counts = new Map<string, number>();
      for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const add = (FIELD_BOOSTS[fields[f]!] * (tf * 2.2)) / (tf + 1.2 * norm);
        weights.set(term, (weights.get(term) ?? 0) + add);
      }
    });
    for (const [term, weight] of weights) {
      postings.set(term, [...(postings.get(term) ?? []), { doc, weight }]);
    }
  });
  const sorted = [...postings.keys()].sort();
  const n = docs.length;
  return {
    terms: sorted,
    docs: sorted.map((term) => postings.get(term)!.map(({ doc }) => doc)),
    scores: sorted.map((term) => {
      const list = postings.get(term)!;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      return list.map(({ weight }) => Math.round(weight * idf * 1e4) / 1e4);
    }),
    documentCount: n,
  };
}

describe('index build', () => {
  it('scores every term of ASCII and non-ASCII records as BM25F does', () => {
    const mixed = [
      ...documents.slice(0, 60),
      {
        title: 'Déploiement sans peur',
        keywords: 'Ünïcode ÉTÉ',
        text: 'déploiement du lundi, été',
      },
      { title: 'Ελληνικά ΟΔΟΣ', keywords: '', text: 'οδος and the docker' },
      { title: '', keywords: '', text: '' },
    ];
    expect(buildInvertedIndex(mixed)).toEqual(referenceIndex(mixed));
  });
});

describe('queries over several terms', () => {
  it('page the same ranking that sorting every match gives', () => {
    const index = new InvertedIndex(buildInvertedIndex(documents));
    const even = (doc: number) => doc % 2 === 0;
    for (const words of [['dock'], ['docker', 'cloud'], ['item', 'text'], ['talk', 'docker']]) {
      for (const every of [true, false]) {
        for (const accept of [acceptAll, even]) {
          // Over 256 wanted, every match is collected and sorted once: the reference.
          const full = index.query(words, every, accept, 0, 1000);
          for (const [offset, limit] of [
            [0, 20],
            [7, 5],
            [0, 1],
            [full.total - 2, 10],
          ] as const) {
            const page = index.query(words, every, accept, Math.max(0, offset), limit);
            expect(page.total).toBe(full.total);
            expect(page.top).toEqual(
              full.top.slice(Math.max(0, offset), Math.max(0, offset) + limit),
            );
          }
        }
      }
    }
  });
});
