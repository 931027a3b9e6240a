import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.ts';
import { parseArticle } from './parse-article.ts';

describe('times on the 12-hour clock', () => {
  it.each([
    ['2015-11-17 10:00 PM', '2015-11-17T22:00'],
    ['2015-11-17 10:00 am', '2015-11-17T10:00'],
    ['2015-11-17 12:05 AM', '2015-11-17T00:05'],
    ['2015-11-17 12:05 PM', '2015-11-17T12:05'],
    ['2015-11-17 9:30:15 p.m. +0100', '2015-11-17T21:30:15+01:00'],
    ['2015-11-17 10:00PM EST', '2015-11-17T22:00-05:00'],
    ['November 17, 2015 10:00 AM', '2015-11-17T10:00'],
  ])('reads %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['2015-11-17 13:00 PM', '2015-11-17 0:30 AM'])('refuses %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });

  it('are not called a time zone when the hour cannot be one', () => {
    const text = '---\ntitle: x\ndate: 2015-11-17 13:00 PM\n---\nBody\n';
    const [found] = parseArticle(text, 'posts/a.md').diagnostics;
    expect(found).toMatchObject({ code: 'invalid-date', line: 3, column: 7 });
    expect(found?.message).not.toMatch(/time zone/);
  });
});
