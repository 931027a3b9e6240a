// A site as it starts: one post, before any event, talk, speaker or tag is on file. Each page
// says what is missing rather than show a heading with nothing under it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { ownSite } from './own-site.ts';

const site = ownSite('empty', (content) =>
  writeFileSync(
    join(content, 'posts', 'a-first-note.md'),
    '---\ntitle: A first note\ndate: 2024-05-02\n---\n\nNothing from a conference yet.\n',
  ),
);

describe('a site of one post and nothing else', () => {
  it('shows no page or section that is a heading alone', async () => {
    const { pages } = await crawl(site.server.origin);
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['/', '/talks/', '/speakers/']));
    const page = await site.browser.context.newPage();
    const empty: string[] = [];
    for (const path of pages.keys()) {
      if (path === '/search/') continue;
      await page.goto(new URL(path, site.server.origin).href);
      const bare = await page.evaluate(() => {
        // What a block says besides its headings.
        const said = (el: Element) => {
          const copy = el.cloneNode(true) as Element;
          for (const h of copy.querySelectorAll('h1, h2')) h.remove();
          return copy.textContent!.trim();
        };
        const main = document.querySelector('main')!;
        return [main, ...main.querySelectorAll('section')]
          .filter((block) => said(block) === '')
          .map((block) => block.querySelector('h1, h2')?.textContent ?? block.tagName);
      });
      empty.push(...bare.map((heading) => `${path}: ${heading}`));
    }
    await page.close();
    expect(empty).toEqual([]);
  });

  it('shows no list of no items, which a screen reader announces as one', async () => {
    const { pages } = await crawl(site.server.origin);
    const page = await site.browser.context.newPage();
    const empty: string[] = [];
    for (const path of pages.keys()) {
      // The search page's list is filled as the reader types.
      if (path === '/search/') continue;
      await page.goto(new URL(path, site.server.origin).href);
      const lists = await page
        .locator('main ul, main ol')
        .evaluateAll((all) =>
          all.filter((list) => !list.querySelector('li')).map((list) => list.outerHTML),
        );
      empty.push(...lists.map((list) => `${path}: ${list}`));
    }
    await page.close();
    expect(empty).toEqual([]);
  });
});
