import { describe, expect, it } from 'vitest';
import { at, recordsByPlace, SHIFT } from './patch-places.ts';

describe('at', () => {
  it('orders places by post, then by index in the post', () => {
    expect(at(1, 0)).toBeGreaterThan(at(0, SHIFT - 1));
    expect(Math.floor(at(7, 3) / SHIFT)).toBe(7);
    expect(at(7, 3) % SHIFT).toBe(3);
  });
});

describe('recordsByPlace', () => {
  it('gives the record holding each place, and undefined where none does', () => {
    // Record 0 holds post 0's first report and post 2's second; record 1 holds post 0's third.
    const recordAt = recordsByPlace(
      [
        [0, 0, 2, 1],
        [0, 2],
      ],
      3,
    );
    expect(recordAt(0, 0)).toBe(0);
    expect(recordAt(2, 1)).toBe(0);
    expect(recordAt(0, 2)).toBe(1);
    expect(recordAt(0, 1)).toBeUndefined();
    expect(recordAt(1, 0)).toBeUndefined();
    expect(recordAt(2, 0)).toBeUndefined();
    expect(recordAt(2, 5)).toBeUndefined();
    expect(recordAt(-1, 0)).toBeUndefined();
    expect(recordAt(3, 0)).toBeUndefined();
  });
});
