import { describe, expect, it } from 'vitest';
import { rankOrder } from './rank-sort.ts';

describe('rankOrder', () => {
  it('orders as the comparator sort does, ties by document, for scores of every size', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const n of [0, 1, 2, 17, 1000, 5000]) {
      const docs = Int32Array.from({ length: n }, (_, i) => i * 3 + 1).sort(() => random() - 0.5);
      const pool = [0, 1e-4, 0.375, 1, 2.5, 12.3456, 1e6, 3.0000001];
      const scores = Float64Array.from({ length: n }, () =>
        random() < 0.5 ? pool[Math.floor(random() * pool.length)]! : random() * 40,
      );
      const expected = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!,
      );
      expect(Array.from(rankOrder(docs, scores))).toEqual(expected);
    }
  });
});
