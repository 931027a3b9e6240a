// An event more than two dozen posts cover: its page shows a bar per talk instead of the grid.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('large-event', (content) => {
  mkdirSync(join(content, 'events'), { recursive: true });
  // And an event known only from a post's title: its year, no dates, place or address.
  writeFileSync(
    join(content, 'posts', 'tiny.md'),
    '---\ntitle: My notes from TinyConf 2019\ndate: 2019-05-02\n---\n\nAt TinyConf 2019, Ada Lovelace spoke about **Small engines**.\n',
  );
  writeFileSync(
    join(content, 'events', 'big-conf-2016.yaml'),
    'id: big-conf-2016\nname: Big Conf 2016\nstart: 2016-04-04\n',
  );
  const own = ['Parsing with tables', 'Sorting by hand', 'Queues at scale', 'Caches that forget'];
  for (let i = 0; i < 30; i++) {
    // Every post covers the keynote; some a talk of their own as well.
    const talks = ['At Big Conf 2016, Ada Lovelace spoke about **Engines that weave patterns**.'];
    if (i < own.length) talks.push(`Then Grace Hopper spoke about **${own[i]}**.`);
    writeFileSync(
      join(content, 'posts', `recap-${i}.md`),
      `---\ntitle: Recap ${i}\ndate: 2016-04-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n${talks.join('\n\n')}\n`,
    );
  }
});

describe('the page of an event many posts cover', () => {
  it('writes the number of posts beside each bar, for every reader', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/events/big-conf-2016/', site.server.origin).href);
    const rows = await page
      .locator('.bar-chart li')
      .evaluateAll((items) =>
        items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ')),
      );
    await page.close();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((row) => !/ \d+ posts?$/.test(row))).toEqual([]);
    expect(rows[0]).toMatch(/ 30 posts$/);
  });

  it('draws the bars across the width the names leave, and each beside or under its name', async () => {
    const page = await site.browser.context.newPage();
    const rows = () =>
      page.locator('.bar-chart li').evaluateAll((items) =>
        items.map((li) => {
          const name = li.querySelector('a')!.getBoundingClientRect();
          const bar = li.querySelector('.bar')!.getBoundingClientRect();
          return { name, bar, list: li.parentElement!.getBoundingClientRect().width };
        }),
      );
    await page.goto(new URL('/events/big-conf-2016/', site.server.origin).href);
    const wide = await rows();
    expect(wide.length).toBeGreaterThan(1);
    // The most covered talk's bar is the chart's scale: a sliver of the row made every other
    // bar a dot, and the bars stood a screen's width from the names they measure.
    expect(wide[0]!.bar.width).toBeGreaterThan(wide[0]!.list / 3);
    for (const { name, bar } of wide) expect(bar.left - name.right).toBeLessThan(wide[0]!.list / 2);
    await page.setViewportSize({ width: 360, height: 740 });
    const narrow = await rows();
    // On a phone the name has the row to itself, above its bar.
    for (const { name, bar } of narrow) {
      expect(bar.top).toBeGreaterThanOrEqual(name.bottom - 1);
      expect(bar.width).toBeGreaterThan(0);
    }
    expect(narrow[0]!.bar.width).toBeGreaterThan(narrow[0]!.list / 2);
    await page.close();
  });

  it("draws the bars in a contrast theme's colours, which drop the page's backgrounds", async () => {
    const page = await site.browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(new URL('/events/big-conf-2016/', site.server.origin).href);
    const bars = await page.locator('.bar-chart .bar').evaluateAll((all) =>
      all.map((bar) => {
        const style = getComputedStyle(bar);
        return {
          background: style.backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      }),
    );
    await page.close();
    expect(bars.length).toBeGreaterThan(1);
    for (const { background, page } of bars) {
      expect(background).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
      expect(background).not.toBe(page);
    }
  });

  it('prints its bars, which browsers print no background of unless asked', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/events/big-conf-2016/', site.server.origin).href);
    await page.emulateMedia({ media: 'print' });
    const bars = await page.locator('.bar-chart .bar').evaluateAll((all) =>
      all.map((bar) => {
        const style = getComputedStyle(bar);
        // What paper gets of the bar without backgrounds: its borders.
        return {
          width: bar.getBoundingClientRect().width,
          border: Number.parseFloat(style.borderTopWidth),
          colour: style.borderTopColor,
          style: style.borderTopStyle,
        };
      }),
    );
    await page.close();
    expect(bars.length).toBeGreaterThan(1);
    for (const bar of bars) {
      expect(bar.width).toBeGreaterThan(0);
      expect(bar.border).toBeGreaterThanOrEqual(4);
      expect(bar.style).toBe('solid');
      expect(bar.colour).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
    }
  });

  it('shows no empty line of facts for an event known only from a post', async () => {
    const page = await site.browser.context.newPage();
    const empty = async () =>
      page
        .locator('main p, main ul')
        .evaluateAll((all) =>
          all.filter((el) => el.textContent!.trim() === '').map((el) => el.outerHTML),
        );
    await page.goto(new URL('/events/tinyconf-2019/', site.server.origin).href);
    expect(await page.locator('h1').textContent()).toBe('TinyConf 2019');
    expect(await empty()).toEqual([]);
    await page.goto(new URL('/', site.server.origin).href);
    expect(await page.getByRole('link', { name: 'TinyConf 2019' }).count()).toBeGreaterThan(0);
    expect(await empty()).toEqual([]);
    await page.close();
  });
});
