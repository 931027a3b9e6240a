// A post written by several people names them all, wherever it names its author.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('authors', (content) =>
  writeFileSync(
    join(content, 'posts', 'two-hands.md'),
    '---\ntitle: Written by two\ndate: 2016-03-03\nauthors:\n  - name: Ann One\n    url: https://ann.example/\n  - Bob Two\n---\n\nTwo people wrote this.\n',
  ),
);

describe('a post with two authors', () => {
  it('names both on its page, in lists and in both feeds', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/two-hands/', site.server.origin).href);
    expect(await page.locator('article .meta li').first().textContent()).toBe(
      'By Ann One and Bob Two',
    );
    expect(await page.getByRole('link', { name: 'Ann One' }).getAttribute('href')).toBe(
      'https://ann.example/',
    );
    await page.goto(new URL('/posts/', site.server.origin).href);
    expect(await page.locator('main .list li').first().textContent()).toContain(
      'Ann One and Bob Two',
    );
    await page.close();
    const rss = await (await fetch(new URL('/rss.xml', site.server.origin))).text();
    expect(rss.match(/<dc:creator>[^<]*<\/dc:creator>/g)).toEqual([
      '<dc:creator>Ann One</dc:creator>',
      '<dc:creator>Bob Two</dc:creator>',
    ]);
    const feed = await (await fetch(new URL('/feed.json', site.server.origin))).json();
    expect(feed.items[0].authors).toEqual([{ name: 'Ann One' }, { name: 'Bob Two' }]);
  });
});
