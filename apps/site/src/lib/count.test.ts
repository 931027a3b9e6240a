import { describe, expect, it } from 'vitest';
import { count, countWhole, listOrder } from './count.ts';

describe('count', () => {
  it('names one thing in the singular and any other number in the plural', () => {
    expect(count(1, 'post')).toBe('1 post');
    expect(count(0, 'post')).toBe('0 posts');
    expect(count(2, 'conference edition')).toBe('2 conference editions');
    expect(count(1, 'match', 'matches')).toBe('1 match');
    expect(count(5, 'match', 'matches')).toBe('5 matches');
  });

  it('keeps the number and its noun on one line when asked', () => {
    expect(countWhole(1, 'post')).toBe('1\u00a0post');
    expect(countWhole(12, 'talk')).toBe('12\u00a0talks');
  });

  it('says how a list is ordered only when it has more than one item', () => {
    expect(`${count(1, 'post')}${listOrder(1, 'newest first')}.`).toBe('1 post.');
    expect(`${count(2, 'post')}${listOrder(2, 'newest first')}.`).toBe('2 posts, newest first.');
  });
});
