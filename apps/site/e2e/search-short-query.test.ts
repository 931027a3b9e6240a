// The first letters of a word find nothing until the third: the page must not tell a reader
// typing `ba` on the way to `Barcelona` that nothing matches.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('a search of one or two letters', () => {
  it('asks for a third letter while it finds nothing, then lists what the word begins', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/search/', site.server.origin).href);
    const status = page.locator('#search-status');
    const box = page.getByRole('searchbox', { name: 'Search posts, talks and speakers' }).last();
    for (const letter of ['b', 'a']) {
      await box.press(letter);
      await expect.poll(() => status.textContent()).toMatch(/three letters/);
      expect(await page.locator('#search-results > li').count()).toBe(0);
    }
    await box.press('r');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results? for “bar”/);
    await page.close();
  });
});
