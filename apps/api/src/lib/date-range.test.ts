import { describe, expect, it } from 'vitest';
import { inDateRange } from './date-range.ts';

describe('inDateRange', () => {
  it('takes both ends in, a day without a time whole', () => {
    const firstHalf = inDateRange('2019-01-01', '2019-06-30');
    expect(firstHalf('2019-01-01')).toBe(true);
    expect(firstHalf('2019-06-30T23:59:59Z')).toBe(true);
    expect(firstHalf('2019-07-01')).toBe(false);
    expect(firstHalf('2018-12-31T23:00:00-02:00')).toBe(true);
    expect(firstHalf(undefined)).toBe(false);
  });

  it('leaves an end open when it is not given, and takes a time as an instant', () => {
    expect(inDateRange('2019-06-30T12:00:00Z', undefined)('2019-06-30T11:59:00Z')).toBe(false);
    expect(inDateRange(undefined, '2019-06-30T12:00:00Z')('2019-06-30T12:00:00Z')).toBe(true);
  });

  it('refuses a since after until', () => {
    expect(() => inDateRange('2020-01-01', '2019-01-01')).toThrow(/since \(2020-01-01\) is after/);
  });
});
