// An event's coverage grid with more posts than a phone shows across: scrolled to its last
// posts, the grid still says which talk each row is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';
import { writeArticle } from './write-article.ts';

const POSTS = 8;

const site = ownSite('coverage-row-names', (content) => {
  mkdirSync(join(content, 'events'), { recursive: true });
  writeFileSync(
    join(content, 'events', 'wide-conf-2016.yaml'),
    'id: wide-conf-2016\nname: Wide Conf 2016\nstart: 2016-04-04\n',
  );
  for (let i = 0; i < POSTS; i++)
    writeArticle(
      join(content, 'posts', `recap-${i}.md`),
      {
        title: `My recap of the second day, part ${i}`,
        date: `2016-04-${String(i + 10).padStart(2, '0')}`,
        event: 'wide-conf-2016',
      },
      'Ada Lovelace talked about **Engines of Tomorrow**.',
      '',
      'Grace Hopper talked about **Compilers for Everyone**.',
      '',
    );
});

describe("an event's coverage grid scrolled sideways on a phone", () => {
  it("keeps the talks' names in view, over the cells that pass under them", async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(new URL('/events/wide-conf-2016/', site.server.origin).href);
    const wrap = page.locator('.matrix-wrap');
    expect(await page.locator('table.matrix thead th').count()).toBe(POSTS + 1);
    const { scrolled, names, background } = await wrap.evaluate((box) => {
      box.scrollLeft = box.scrollWidth;
      const edge = box.getBoundingClientRect().left;
      const rows = [...box.querySelectorAll('tbody th')];
      return {
        scrolled: box.scrollLeft,
        names: rows.map((th) => Math.round(th.getBoundingClientRect().left - edge)),
        background: getComputedStyle(rows[0]!).backgroundColor,
      };
    });
    await page.close();
    expect(scrolled).toBeGreaterThan(0);
    expect(names).toEqual(names.map(() => 0));
    // Opaque, or the numbers scrolled under a name would show through it.
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
