// Links an imported blog wrote to its own articles' files (`[day one](day-one.md)`, Hugo's
// `{{< ref >}}`, Jekyll's `{% post_url %}`) lead to the pages of the posts those files became,
// under the path the site is served from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';
import { writeArticle } from './write-article.ts';

const base = '/notes/';

const site = ownSite(
  'article-links',
  (content) => {
    const posts = join(content, 'posts');
    mkdirSync(join(posts, '2015'), { recursive: true });
    writeFileSync(
      join(posts, '2015', '2015-11-18-day-one.md'),
      '---\ntitle: Day one\ndate: 2015-11-18\n---\n\nIntro.\n\n## The keynote\n\nIt began at nine.\n',
    );
    writeArticle(
      join(posts, '2015', '2015-11-19-day-two.md'),
      { title: 'Day two', date: '2015-11-19' },
      'See [the first day](2015-11-18-day-one.md#the-keynote), [again]({{< ref "2015-11-18-day-one.md" >}}),',
      '[once more]({% post_url 2015-11-18-day-one %}), [the wrap-up](../wrap-up.md) and [a lost one](gone.md).',
      '',
    );
    writeFileSync(join(posts, 'wrap-up.md'), '---\ntitle: Wrap-up\n---\n\nDone.\n');
  },
  { siteUrl: `https://someone.example${base}` },
);

describe('links between articles', () => {
  it("lead to the linked post's page, its heading kept, under the site's path", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL(`${base}posts/day-two/`, site.server.origin).href, {
      waitUntil: 'load',
    });
    const hrefs = await page
      .locator('.prose a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `${base}posts/day-one/#the-keynote`,
      `${base}posts/day-one/`,
      `${base}posts/day-one/`,
      `${base}posts/wrap-up/`,
      // No such article: left as written.
      'gone.md',
    ]);
    await page.locator('.prose a').first().click();
    await page.waitForURL(/\/posts\/day-one\/#the-keynote$/);
    expect(await page.locator('h1').first().textContent()).toContain('Day one');
    expect(await page.locator('#the-keynote').textContent()).toContain('The keynote');
    await page.close();
  });
});
