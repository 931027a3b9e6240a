// The search page's list of results, while it holds none: before a query, after one that finds
// nothing, and once the box is emptied. A screen reader announces an empty list as a list of no
// items, beside the status that says what there is.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('the list of search results', () => {
  it('is there only while it lists something', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/search/', site.server.origin).href);
    // As assistive technology finds lists: an empty one takes no room, but is one all the same.
    const lists = page.getByRole('main').getByRole('list');
    const status = page.locator('#search-status');
    const box = page.locator('#q');
    await expect.poll(() => status.textContent()).toMatch(/Type a name/);
    expect(await lists.count()).toBe(0);
    await box.fill('docker');
    await expect.poll(() => status.textContent()).toMatch(/results? for “docker”/);
    expect(await lists.count()).toBe(1);
    await box.fill('zzqxv');
    await expect.poll(() => status.textContent()).toMatch(/Nothing matches/);
    expect(await lists.count()).toBe(0);
    await box.fill('');
    await expect.poll(() => status.textContent()).toMatch(/Type a name/);
    expect(await lists.count()).toBe(0);
    await page.close();
  });
});
