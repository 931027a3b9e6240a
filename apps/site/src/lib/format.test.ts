import { describe, expect, it } from 'vitest';
import { formatDate, summary } from './format.ts';

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

describe('summary', () => {
  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'word '.repeat(100).trim();
    const short = summary(text, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('word…')).toBe(true);
    expect(summary('short text', 50)).toBe('short text');
  });
});
