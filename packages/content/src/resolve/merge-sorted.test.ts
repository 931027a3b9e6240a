import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted.ts';

const byNumber = (a: number, b: number) => a - b;

describe('mergeSorted', () => {
  it('gives what sorting both lists together gives', () => {
    const many = [1, 3, 5, 7, 9, 11];
    const few = [0, 4, 4, 12];
    expect(mergeSorted(many, few, byNumber)).toEqual([0, 1, 3, 4, 4, 5, 7, 9, 11, 12]);
    expect(mergeSorted([], few, byNumber)).toEqual(few);
    expect(mergeSorted(many, [], byNumber)).toEqual(many);
  });

  it('puts one of `few` before the ones of `many` it ties with', () => {
    const many = [{ k: 1, from: 'many' }];
    const few = [{ k: 1, from: 'few' }];
    const merged = mergeSorted(many, few, (a, b) => a.k - b.k);
    expect(merged.map((x) => x.from)).toEqual(['few', 'many']);
  });
});
