import { describe, expect, it } from 'vitest';
import { outlineDepths } from './outline.ts';

describe('outlineDepths', () => {
  it('puts each heading one below the last one written higher, whatever levels it skips', () => {
    expect(outlineDepths([2, 4, 4, 3, 2, 6])).toEqual([1, 2, 2, 2, 1, 2]);
  });

  it('starts again at the top for a heading as high as the first, or higher', () => {
    expect(outlineDepths([3, 4, 1, 2])).toEqual([1, 2, 1, 2]);
    expect(outlineDepths([])).toEqual([]);
  });
});
