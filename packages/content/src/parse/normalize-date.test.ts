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
    // Nikola's `new_post` writes the offset after UTC.
    ['2016-05-30 10:00:00 UTC+02:00', '2016-05-30T10:00:00+02:00'],
    ['2016-05-30 10:00:00 UTC-05:00', '2016-05-30T10:00:00-05:00'],
    ['2016-05-30 10:00 GMT+0530', '2016-05-30T10:00+05:30'],
    // Months by name: Astro's blog template (`pubDate: 'Jul 08 2022'`), Ruby and RSS dates.
    ['Jul 08 2022', '2022-07-08'],
    ['Nov 19, 2015', '2015-11-19'],
    ['November 19, 2015', '2015-11-19'],
    ['19 November 2015', '2015-11-19'],
    ['Sept. 3rd, 2015', '2015-09-03'],
    ['Thu, 19 Nov 2015 10:00:00 +0100', '2015-11-19T10:00:00+01:00'],
    ['Thursday, November 19, 2015 10:00 PST', '2015-11-19T10:00-08:00'],
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
    '2015-11-19 10:00 EST+02:00',
    'Feb 30, 2015',
    'Nov 19',
    'Nov 19, 2015 lunch',
    'Smarch 19, 2015',
    'Someday, Nov 19, 2015',
  ])('refuses %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
