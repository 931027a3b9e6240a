// A count is one fact: on a phone, a card's line of facts that runs to the end of the line moves
// "1 post" or "10 min read" to the next line whole, never "· 1" at the end of one line and
// "post" on the next.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('the counts on cards', () => {
  it('are never split from their noun on a phone, whatever comes before them on the line', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/talks/', '/speakers/', '/']) {
      await page.goto(new URL(path, site.server.origin).href);
      // The text before each count is lengthened a word at a time, so that the count in turn
      // meets the end of the line at every place it could break.
      const found = await page.evaluate(() => {
        const split: string[] = [];
        let counts = 0;
        for (const line of document.querySelectorAll('main .cards p.muted')) {
          const node = [...line.childNodes].at(-1);
          const match =
            node?.nodeType === Node.TEXT_NODE && /\d+\s\w+(?:\s\w+)?$/.exec(node.textContent!);
          if (!node || !match) continue;
          counts++;
          const shown = match[0];
          for (let words = 1; words <= 30; words++) {
            node.textContent = `${'facts '.repeat(words)}${shown}`;
            const range = document.createRange();
            range.setStart(node, node.textContent.length - shown.length);
            range.setEnd(node, node.textContent.length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) {
              split.push(`${shown} after ${words} words`);
              break;
            }
          }
        }
        return { split, counts };
      });
      expect(found.counts, path).toBeGreaterThan(0);
      expect(found.split, path).toEqual([]);
    }
    await page.close();
  });
});
