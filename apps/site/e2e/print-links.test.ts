// Paper cannot follow a link: a printed post names where each of its links leads.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { postPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('the links of a printed post', () => {
  it('print their address after them, once', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const post = catalog.posts.find((p) => /<a href="https?:[^"]*">[^<h]/.test(p.html))!;
    const page = await site.browser.context.newPage();
    await page.goto(new URL(postPath(post.id), site.server.origin).href);
    await page.emulateMedia({ media: 'print' });
    const links = await page.locator('.prose a[href^="http"]').evaluateAll((all) =>
      all.map((a) => ({
        href: a.getAttribute('href')!,
        text: a.textContent!,
        after: getComputedStyle(a, '::after').content,
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { href, text, after } of links) {
      const shown = text.replace(/^https?:\/\//, '').replace(/\/$/, '');
      if (shown === href.replace(/^https?:\/\//, '').replace(/\/$/, '')) expect(after).toBe('none');
      else expect(after, text).toBe(`" (${href})"`);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(
      await page
        .locator('.prose a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content),
    ).toBe('none');
    await page.close();
  });
});
