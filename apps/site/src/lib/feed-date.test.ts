import { afterEach, describe, expect, it } from 'vitest';
import { feedDate, rssDate } from './feed-date.ts';

describe('feedDate', () => {
  it('completes a day alone, a time without seconds and a time without offset', () => {
    expect(feedDate('2015-11-19')).toBe('2015-11-19T00:00:00Z');
    expect(feedDate('2015-11-19T08:50')).toBe('2015-11-19T08:50:00Z');
    expect(feedDate('2015-11-19T08:50:20')).toBe('2015-11-19T08:50:20Z');
    expect(feedDate('2015-11-19T08:50-05:00')).toBe('2015-11-19T08:50:00-05:00');
  });

  it('keeps a full date-time as written', () => {
    expect(feedDate('2015-11-19T08:50:20+01:00')).toBe('2015-11-19T08:50:20+01:00');
    expect(feedDate('2015-11-19T08:50:20.5Z')).toBe('2015-11-19T08:50:20.5Z');
  });
});

describe('rssDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('gives the same instant whatever the zone of the machine that builds', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(rssDate('2015-11-19T08:50')).toBe('Thu, 19 Nov 2015 08:50:00 GMT');
    expect(rssDate('2015-11-19')).toBe('Thu, 19 Nov 2015 00:00:00 GMT');
    expect(rssDate('2015-11-19T08:50:20+01:00')).toBe('Thu, 19 Nov 2015 07:50:20 GMT');
  });
});
