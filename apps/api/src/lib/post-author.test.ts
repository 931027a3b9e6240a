import { describe, expect, it } from 'vitest';
import { byAuthor } from './post-author.ts';

describe('byAuthor', () => {
  it('finds the author in any case, and any of several', () => {
    expect(byAuthor('ann lee')({ author: { name: 'Ann Lee' } })).toBe(true);
    const two = { author: { name: 'Ann Lee' }, authors: [{ name: 'Ann Lee' }, { name: 'Bo Li' }] };
    expect(byAuthor('BO LI ')(two)).toBe(true);
    expect(byAuthor('Ann')(two)).toBe(false);
    expect(byAuthor('Ann Lee')({})).toBe(false);
  });
});
