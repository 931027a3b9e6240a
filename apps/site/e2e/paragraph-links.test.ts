// Links to the paragraph of a post where a talk or a speaker is mentioned show `¶ 3`. A screen
// reader reads the sign as "pilcrow", or not at all and names the link "3": it must say
// "paragraph" in words.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { postPath, speakerPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe('a link to a paragraph of a post', () => {
  it("is named in words, in a post's side panel and in a speaker's list of posts", async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const speaker = catalog.speakers.find((s) => s.mentions.some((m) => m.anchor))!;
    const post = speaker.mentions.find((m) => m.anchor)!.post;
    const page = await site.browser.context.newPage();
    for (const [path, scope] of [
      [postPath(post), 'aside.panel'],
      [speakerPath(speaker.id), 'main'],
    ] as const) {
      await page.goto(new URL(path, site.server.origin).href);
      const links = page.locator(scope).locator('a[href*="#p-"]');
      const count = await links.count();
      expect(count, path).toBeGreaterThan(0);
      const named = page.locator(scope).getByRole('link', { name: /^paragraph \d+/ });
      expect(await named.count(), path).toBe(count);
      // The eye still gets the sign and the number.
      expect(await links.first().textContent()).toMatch(/^¶\u00a0\d+/);
    }
    await page.close();
  });

  it("can be hit, 24 px or more each way, in a post's side panel", async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const speaker = catalog.speakers.find((s) => s.mentions.some((m) => m.anchor))!;
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(
      new URL(postPath(speaker.mentions.find((m) => m.anchor)!.post), site.server.origin).href,
    );
    const sizes = await page
      .locator('aside.panel a[href*="#p-"]')
      .evaluateAll((all) =>
        all.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]),
      );
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });
});
