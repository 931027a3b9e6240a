// A post written in a language read right to left is set right to left, wherever its words show.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('right-to-left', (content) =>
  writeFileSync(
    join(content, 'posts', 'arabic.md'),
    '---\ntitle: مؤتمر الحاويات\nlang: ar_EG\ndate: 2016-03-03\n---\n\nتحدث المتحدث عن الحاويات.\n',
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
});
