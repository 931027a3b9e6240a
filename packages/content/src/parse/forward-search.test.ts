import { describe, expect, it } from 'vitest';
import { forwardSearch } from './forward-search.ts';

describe('forwardSearch', () => {
  it('finds the next match at or after a position, and remembers there is none', () => {
    const next = forwardSearch('a]b]c', /\]/g);
    expect([next(0), next(1), next(2), next(4), next(5)]).toEqual([1, 1, 3, -1, -1]);
  });
});
