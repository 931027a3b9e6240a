import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, summary } from './format.ts';

describe('formatDate', () => {
  it('keeps the day the author wrote, whatever the offset', () => {
    expect(formatDate('2015-11-19T23:50:20-08:00')).toBe('November 19, 2015');
    expect(formatDate(undefined)).toBe('undated');
  });

  it('gives each day its own text when days repeat', () => {
    expect(formatDate('2015-11-19')).toBe('November 19, 2015');
    expect(formatDate('2015-11-20T08:00:00Z')).toBe('November 20, 2015');
    expect(formatDate('2015-11-19T10:00:00+01:00')).toBe('November 19, 2015');
  });
});

describe('formatDateRange', () => {
  const range = (...dates: Parameters<typeof formatDateRange>) =>
    formatDateRange(...dates)
      .replaceAll('\u202f', ' ')
      .replaceAll('\u2060', '');

  it('keeps the dash on the line of the days on either side of it', () => {
    expect(formatDateRange('2015-11-16', '2015-11-17')).toBe(
      'November 16\u202f–\u2060\u202f17, 2015',
    );
  });

  it('writes the shared parts of two dates once', () => {
    expect(range('2015-11-16', '2015-11-17')).toBe('November 16 – 17, 2015');
    expect(range('2015-11-30', '2015-12-02')).toBe('November 30 – December 2, 2015');
    expect(range('2015-12-30', '2016-01-02')).toBe('December 30, 2015 – January 2, 2016');
  });

  it('gives one date for a one-day event, and says which end a lone date is', () => {
    expect(range('2015-11-16', '2015-11-16T18:00:00Z')).toBe('November 16, 2015');
    expect(range('2015-11-16', undefined)).toBe('November 16, 2015');
    expect(range(undefined, '2015-11-17')).toBe('until November 17, 2015');
    expect(range(undefined, undefined)).toBe('');
  });

  it('shows a range written backwards as written', () => {
    expect(range('2015-11-17', '2015-11-16')).toBe('November 17, 2015 – November 16, 2015');
  });
});

describe('summary', () => {
  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'word '.repeat(100).trim();
    const short = summary(text, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('word…')).toBe(true);
    expect(summary('short text', 50)).toBe('short text');
  });
});
