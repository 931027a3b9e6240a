import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from './calendar-date.ts';
import { IsoDate } from './post.ts';

describe('isRealIsoDate', () => {
  it.each([
    '2024-02-29',
    '2015-12-31T23:59:59Z',
    '2015-11-19T08:50+05:45',
    '2015-11-19T08:50-12:00',
  ])('takes %s', (text) => {
    expect(isRealIsoDate(text)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '2015-13-45',
    '2015-00-10',
    '2015-11-00',
    '2015-11-19T24:00',
    '2015-11-19T10:60',
    '2015-11-19T10:00:61Z',
    '2015-11-19T10:00+23:00',
  ])('refuses %s', (text) => {
    expect(isRealIsoDate(text)).toBe(false);
  });
});

describe('IsoDate', () => {
  it('reports a date of the wrong shape once, and a day the calendar has not with what to write', () => {
    const shape = IsoDate.safeParse('Nov 16');
    expect(shape.error?.issues).toHaveLength(1);
    expect(shape.error?.issues[0]?.code).toBe('invalid_format');
    const day = IsoDate.safeParse('2015-02-30');
    expect(day.error?.issues).toHaveLength(1);
    expect(day.error?.issues[0]?.message).toMatch(/Not a real calendar date.*YYYY-MM-DD/);
  });

  it('says what to write for a date of the wrong shape, not the pattern it failed', () => {
    const shape = IsoDate.safeParse('Sep 10, 2024');
    const message = shape.error?.issues[0]?.message ?? '';
    expect(message).toMatch(/Not an ISO 8601 date.*YYYY-MM-DD.*2015-11-19T08:50:20\+01:00/);
    expect(message).not.toContain('\\d');
  });
});
