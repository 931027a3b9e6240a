// The grid of which posts cover which talks, for an event up to two dozen posts cover, is wider
// than a phone or a sheet of paper. A screen scrolls it; paper cannot, and printed only the
// columns that fit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const POSTS = 24;

const site = ownSite('print-coverage', (content) => {
  mkdirSync(join(content, 'events'), { recursive: true });
  writeFileSync(
    join(content, 'events', 'wide-conf-2016.yaml'),
    'id: wide-conf-2016\nname: Wide Conf 2016\nstart: 2016-05-02\n',
  );
  const talks = ['Parsing with tables', 'Sorting by hand', 'Queues at scale'];
  for (let i = 1; i <= POSTS; i++) {
    const said = talks.map((t) => `At Wide Conf 2016, Ada Lovelace spoke about **${t}**.`);
    writeFileSync(
      join(content, 'posts', `notes-${i}.md`),
      `---\ntitle: My notes from the second day of Wide Conf 2016, part ${i}\ndate: 2016-05-${String(i).padStart(2, '0')}\n---\n\n${said.join('\n\n')}\n`,
    );
  }
});

describe("an event's coverage grid on paper", () => {
  it('prints every post of the grid within the width of the page', async () => {
    const page = await site.browser.context.newPage();
    // About the width of a page of A4 or Letter.
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto(new URL('/events/wide-conf-2016/', site.server.origin).href);
    expect(await page.locator('table.matrix thead th').count()).toBe(POSTS + 1);
    await page.emulateMedia({ media: 'print' });
    const right = await page
      .locator('table.matrix thead th')
      .evaluateAll((cells) => Math.max(...cells.map((th) => th.getBoundingClientRect().right)));
    const wrap = await page
      .locator('.matrix-wrap')
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(wrap + 1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });
});
