import { describe, expect, it } from 'vitest';
import { postByline } from './post-byline.ts';

describe('postByline', () => {
  it('gives the authors, then the day, each when there is one', () => {
    const authors = [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }];
    expect(postByline({ authors, date: '2015-11-17T09:00:00+01:00' })).toBe(
      'Ada Lovelace, Grace Hopper · 2015-11-17',
    );
    expect(postByline({ author: { name: 'Ada' } })).toBe('Ada');
    expect(postByline({ date: '2015-11-17' })).toBe('2015-11-17');
    expect(postByline({})).toBe('');
  });
});
