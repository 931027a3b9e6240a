import { describe, expect, it } from 'vitest';
import { hitContext } from './hit-context.ts';

describe('hitContext', () => {
  it("writes a post's day as the site's pages write days", () => {
    expect(hitContext('post', '2017-10-22')).toBe('October 22, 2017');
    expect(hitContext('post', 'Ada Lovelace, Grace Hopper · 2015-11-17')).toBe(
      'Ada Lovelace, Grace Hopper · November 17, 2015',
    );
  });

  it('leaves an undated byline, and the contexts of talks and speakers, as they are', () => {
    expect(hitContext('post', 'Peter Frey')).toBe('Peter Frey');
    expect(hitContext('talk', 'DevOpsDays 2015-11-17')).toBe('DevOpsDays 2015-11-17');
    expect(hitContext('speaker', 'Docker')).toBe('Docker');
  });
});
