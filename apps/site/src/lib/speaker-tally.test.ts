import { describe, expect, it } from 'vitest';
import { speakerCardTally, speakerDescription } from './speaker-tally.ts';

describe("a speaker's tally", () => {
  it('counts talks and posts on a card, each number kept with its noun', () => {
    expect(speakerCardTally(2, 1)).toBe('2\u00a0talks · 1\u00a0post');
  });

  it('says a speaker with no talk on file is named in the posts, not that they gave none', () => {
    expect(speakerCardTally(0, 1)).toBe('named in 1\u00a0post');
    expect(speakerDescription('Dan North', undefined, 0, 2)).toBe('Dan North: named in 2 posts.');
  });

  it('describes a speaker by affiliation, talks and posts', () => {
    expect(speakerDescription('Bill Kennedy', 'Ardan Labs', 2, 1)).toBe(
      'Bill Kennedy (Ardan Labs): 2 talks, in 1 post.',
    );
  });
});
