import { describe, expect, it } from 'vitest';
import { dateInstant } from './date-order.ts';

describe('dateInstant', () => {
  it('orders dates by the instant they name, not by their text', () => {
    const tokyo = dateInstant('2016-03-01T23:30:00+09:00')!;
    const newYork = dateInstant('2016-03-01T10:00:00-05:00')!;
    expect(tokyo).toBeLessThan(newYork);
    expect(newYork - tokyo).toBe(30 * 60 * 1000);
  });

  it('reads a day as its start and a time without an offset as UTC', () => {
    expect(dateInstant('2016-03-01')).toBe(Date.UTC(2016, 2, 1));
    expect(dateInstant('2016-03-01T10:00')).toBe(Date.UTC(2016, 2, 1, 10));
    expect(dateInstant('2016-03-01T10:00:00.5Z')).toBe(Date.UTC(2016, 2, 1, 10, 0, 0, 500));
  });

  it('has no instant for a missing or unreadable date', () => {
    expect(dateInstant(undefined)).toBeUndefined();
    expect(dateInstant('')).toBeUndefined();
    expect(dateInstant('soon')).toBeUndefined();
  });
});
