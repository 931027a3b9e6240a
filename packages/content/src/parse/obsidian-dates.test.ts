import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.ts';
import { parseArticle } from './parse-article.ts';

// Obsidian's Linter stamps notes with `date created` and `date modified`, keys with a space,
// in Moment's `dddd, MMMM Do YYYY, h:mm:ss a` by default.
describe("Obsidian's date keys", () => {
  it('are the date and the update of the post', () => {
    const text = [
      '---',
      'title: KubeCon notes',
      'date created: Wednesday, April 19th 2023, 10:11:12 am',
      'date modified: 2023-04-20T09:00:00+02:00',
      '---',
      'Body',
      '',
    ].join('\n');
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      date: '2023-04-19T10:11:12',
      updated: '2023-04-20T09:00:00+02:00',
    });
    expect(post?.extra).toEqual({});
  });

  it.each([
    ['Wednesday, April 19th 2023, 10:11:12 am', '2023-04-19T10:11:12'],
    ['April 19, 2023, 10:11 PM', '2023-04-19T22:11'],
  ])('reads %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
