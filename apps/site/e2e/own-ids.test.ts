// A post's headings get ids made from their words, in the same page as the ids of the site's own
// parts: a heading that reads like one of them must still be where its link leads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const headings = ['Main', 'Toc title', 'Site q'];
// Long enough for a table of contents: three headings and a few minutes of reading.
const words = 'The session covered containers, schedulers and the networks between them. '.repeat(
  80,
);

const site = ownSite('own-ids', (content) =>
  writeFileSync(
    join(content, 'posts', 'sections.md'),
    `---\ntitle: Sections\ndate: 2016-03-03\n---\n\n${headings.map((h) => `## ${h}\n\n${words}\n`).join('\n')}`,
  ),
);

describe("the ids of a post's headings", () => {
  it('lead its table of contents to each heading, and the skip link into the page, whatever they read', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/sections/', site.server.origin).href);
    for (const heading of headings) {
      await page.locator('nav.toc a', { hasText: heading }).click();
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target');
        return { tag: el?.tagName, text: el?.textContent };
      });
      expect(target, heading).toEqual({ tag: 'H2', text: heading });
    }
    // The table of contents is still named by its own heading, and the header's search box by
    // its label.
    const toc = page.getByRole('navigation', { name: 'Contents' });
    expect(await toc.count()).toBe(1);
    const box = page.getByRole('searchbox', { name: 'Search posts, talks and speakers' });
    expect(await box.count()).toBe(1);
    await page.locator('a.skip').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MAIN');
    await page.close();
  });
});
