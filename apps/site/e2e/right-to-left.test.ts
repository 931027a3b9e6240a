// A post written in a language read right to left is set right to left, wherever its words show.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('right-to-left', (content) =>
  writeFileSync(
    join(content, 'posts', 'arabic.md'),
    '---\ntitle: مؤتمر الحاويات\nlang: ar_EG\ndate: 2016-03-03\n---\n\nتحدث المتحدث عن الحاويات.\n\n> قال المتحدث إن الحاويات خفيفة.\n\n| المتحدث | الموضوع الطويل جدا |\n| --- | --- |\n| سارة | الشبكات |\n\n```\ndocker ps -a;\n```\n\nاستخدم الأمر `docker ps -a;` لرؤية الحاويات.\n',
  ),
);

describe('a post in Arabic', () => {
  it('sets its title and text right to left, on its page and in lists, and the labels as they were', async () => {
    const page = await site.browser.context.newPage();
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
    await page.goto(new URL('/posts/arabic/', site.server.origin).href);
    expect(await direction('h1')).toBe('rtl');
    expect(await direction('.prose p')).toBe('rtl');
    expect(await direction('article .meta')).toBe('ltr');
    for (const list of ['/', '/posts/']) {
      await page.goto(new URL(list, site.server.origin).href);
      expect(await direction('main a[href="/posts/arabic/"]'), list).toBe('rtl');
    }
    await page.close();
  });

  it('lists it in search results in its language and direction, the kind label as it was', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(
      new URL(`/search/?q=${encodeURIComponent('الحاويات')}`, site.server.origin).href,
    );
    const hit = page.locator('#search-results li', {
      has: page.locator('a[href="/posts/arabic/"]'),
    });
    await hit.waitFor();
    const link = hit.locator('a');
    expect(await link.getAttribute('lang')).toBe('ar-EG');
    expect(await link.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await hit.locator('p').getAttribute('lang')).toBe('ar-EG');
    expect(await hit.locator('.kind').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.close();
  });

  it("puts a quote's bar and a table cell's words at the start of its lines, on the right", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/arabic/', site.server.origin).href);
    const quote = await page.locator('.prose blockquote').evaluate((el) => {
      const style = getComputedStyle(el);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    expect(quote).toEqual({ right: '3px', left: '0px' });
    // Each cell's words against its right side, where the line starts.
    const gaps = await page.locator('.prose td, .prose th').evaluateAll((cells) =>
      cells.map((cell) => {
        const box = cell.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(cell);
        const words = range.getBoundingClientRect();
        return { start: box.right - words.right, end: words.left - box.left };
      }),
    );
    // A column's widest cell is as wide as its words: only the others show where words go.
    expect(gaps.some((gap) => gap.start < gap.end)).toBe(true);
    for (const gap of gaps) expect(gap.start).toBeLessThanOrEqual(gap.end);
    await page.close();
  });

  it('shows its code left to right, a command ending where it ends', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/arabic/', site.server.origin).href);
    // Where the first and the last character of each piece of code are drawn.
    const ends = await page.locator('.prose pre code, .prose p code').evaluateAll((codes) =>
      codes.map((code) => {
        const text = code.firstChild as Text;
        const at = (offset: number) => {
          const range = document.createRange();
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          return range.getBoundingClientRect().left;
        };
        const last = text.data.trimEnd().length - 1;
        return { code: text.data.trim(), first: at(0), last: at(last) };
      }),
    );
    expect(ends.map((e) => e.code)).toEqual(['docker ps -a;', 'docker ps -a;']);
    for (const { first, last } of ends) expect(last).toBeGreaterThan(first);
    await page.close();
  });
});
