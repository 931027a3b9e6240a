import { describe, expect, it } from 'vitest';
import { linkArticles } from './article-hrefs.ts';

describe('linkArticles', () => {
  it('puts the page a link leads to in its place, and leaves the others as written', () => {
    const html =
      '<p><a href="day-one.md#key&#x26;note" title="x">one</a> <a href="https://x.org/a.md">web</a>' +
      ' <img src="two.md"> <a class="c" href="two.md">two</a></p>';
    const pages = new Map([
      ['day-one.md#key&note', '/posts/day-one/#key&note'],
      ['two.md', '/posts/two/'],
    ]);
    const asked: string[] = [];
    const out = linkArticles(html, (href) => {
      asked.push(href);
      return pages.get(href);
    });
    // Addresses as written, entities read: the pictures' are not links.
    expect(asked).toEqual(['day-one.md#key&note', 'https://x.org/a.md', 'two.md']);
    expect(out).toBe(
      '<p><a href="/posts/day-one/#key&amp;note" title="x">one</a> <a href="https://x.org/a.md">web</a>' +
        ' <img src="two.md"> <a class="c" href="/posts/two/">two</a></p>',
    );
  });

  it('escapes what it writes into the attribute', () => {
    expect(linkArticles('<a href="a.md">a</a>', () => '/posts/a/#"><script>')).toBe(
      '<a href="/posts/a/#&quot;&gt;&lt;script&gt;">a</a>',
    );
  });
});
