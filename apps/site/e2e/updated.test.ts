// A post its author changed after publishing says so, and tells search engines and feeds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('updated', (content) =>
  writeFileSync(
    join(content, 'posts', 'revised.md'),
    '---\ntitle: Revised\ndate: 2016-03-03\nupdated: 2016-04-05\n---\n\nChanged since.\n',
  ),
);

describe('a post updated after it was published', () => {
  it('gives the day it changed on its page, in the sitemap, the JSON Feed, Open Graph and its structured data', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/revised/', site.server.origin).href);
    expect(await page.locator('article .meta li').allTextContents()).toContain(
      'Updated April 5, 2016',
    );
    expect(await page.locator('article .meta time[datetime="2016-04-05"]').count()).toBe(1);
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(ld.dateModified).toBe('2016-04-05');
    // Link previews and the search engines that read Open Graph take it from there.
    expect(
      await page.locator('meta[property="article:modified_time"]').getAttribute('content'),
    ).toBe('2016-04-05');
    await page.close();
    const sitemap = await (await fetch(new URL('/sitemap.xml', site.server.origin))).text();
    expect(sitemap).toMatch(/\/posts\/revised\/<\/loc><lastmod>2016-04-05<\/lastmod>/);
    const feed = await (await fetch(new URL('/feed.json', site.server.origin))).json();
    expect(feed.items[0].date_modified).toMatch(/^2016-04-05T/);
  });
});
