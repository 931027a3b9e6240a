import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.ts';

describe('normalizeDate', () => {
  it.each([
    ['2015-11-19T08:50:20+01:00', '2015-11-19T08:50:20+01:00'],
    ['2015-11-19 08:50:20 +0100', '2015-11-19T08:50:20+01:00'],
    ['2017-10-22 15:35:13 UTC', '2017-10-22T15:35:13Z'],
    ['2025-09-24 08:00 MDT', '2025-09-24T08:00-06:00'],
    ['2012-03-15 18:17:00', '2012-03-15T18:17:00'],
    ['2014-09-26', '2014-09-26'],
    ['2014/9/6', '2014-09-06'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    '2015-02-30',
    '2023-02-29',
    '2015-13-01',
    '2015-11-19 25:00',
    'yesterday',
    '2015-11-19 10:00 XYZ',
    '2015-11-19 10:00 +2300',
  ])('refuses %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
