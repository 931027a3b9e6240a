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

  it("takes the id form of a name, as a speaker's id or a Ghost author's slug is written", () => {
    expect(byAuthor('ann-lee')({ author: { name: 'Ann Lee' } })).toBe(true);
    expect(byAuthor('jose-garcia')({ author: { name: 'José García' } })).toBe(true);
    expect(byAuthor('ann-le')({ author: { name: 'Ann Lee' } })).toBe(false);
    // No id can be made of punctuation alone: compared as written.
    expect(byAuthor('???')({ author: { name: '???' } })).toBe(true);
    expect(byAuthor('???')({ author: { name: '!!!' } })).toBe(false);
  });
});
