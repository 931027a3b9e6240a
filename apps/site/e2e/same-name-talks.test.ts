// Three tutorials a post names only as such are three talks of one name ("Workshop"): each
// page, and each card of their event's list, says whose it is. One post covers the event, so
// its page draws no grid of which posts cover which talks: a column of ones.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('same-name-talks', (content) =>
  writeFileSync(
    join(content, 'posts', 'aftermath.md'),
    '---\ntitle: QCon London 2012 aftermath\ndate: 2012-03-15\n---\n\n' +
      'I was sad to miss out on the tutorials by Simon Brown, Russ Miles and Rachel Davies which all looked great.\n',
  ),
);

describe('talks that share a name', () => {
  it("have pages of titles of their own, and cards of their own on their event's page", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/talks/', site.server.origin).href);
    const paths = await page
      .locator('main .cards h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(paths.length).toBe(3);
    const titles: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, site.server.origin).href);
      titles.push(await page.title());
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
        (await page.title()).replace(/ · confnotes$/, ''),
      );
    }
    expect(new Set(titles).size).toBe(3);
    await page.goto(new URL('/events/qcon-london-2012/', site.server.origin).href);
    expect(await page.locator('section[aria-labelledby="coverage"]').count()).toBe(0);
    const cards = await page
      .locator('section[aria-labelledby="talks"] .cards > li')
      .allInnerTexts();
    expect(cards.length).toBe(3);
    expect(new Set(cards.map((c) => c.replace(/\s+/g, ' ').trim())).size).toBe(3);
    await page.close();
  });
});
