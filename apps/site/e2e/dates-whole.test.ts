// A date is one fact: on a phone, a list line or card whose title runs to the end of a line
// moves the date to the next line whole, never "November" on one line and "26, 2023" on the next.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('the date of a post in a list', () => {
  it('is never split over two lines on a phone, whatever the length of the title before it', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/posts/', '/']) {
      await page.goto(new URL(path, site.server.origin).href);
      // Each title is lengthened a word at a time, so that the date in turn meets the end of
      // the line at every place it could break.
      const split = await page.evaluate(() => {
        const found: string[] = [];
        for (const time of document.querySelectorAll('main time')) {
          const item = time.closest('li')!;
          const title = item.querySelector('a')!;
          const original = title.textContent;
          for (let words = 1; words <= 30; words++) {
            title.textContent = 'Talks '.repeat(words).trim();
            if (time.getClientRects().length > 1) {
              found.push(`${time.textContent} after ${words} words`);
              break;
            }
          }
          title.textContent = original;
        }
        return { found, times: document.querySelectorAll('main time').length };
      });
      expect(split.times, path).toBeGreaterThan(0);
      expect(split.found, path).toEqual([]);
    }
    await page.close();
  });
});
