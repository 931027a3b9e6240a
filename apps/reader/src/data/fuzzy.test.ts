import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from './fuzzy.ts';

describe('fuzzyMatch', () => {
  it('highlights where each word of the query matches, in the order of the title', () => {
    expect(fuzzyMatch('prod dock', 'Docker in production')?.positions).toEqual([
      0, 1, 2, 3, 10, 11, 12, 13,
    ]);
    expect(fuzzyMatch('prod kubernetes', 'Docker in production')).toBeUndefined();
    // One word matches its characters in order, not necessarily side by side.
    expect(fuzzyMatch('dkr', 'Docker')?.positions).toEqual([0, 3, 5]);
  });
});
