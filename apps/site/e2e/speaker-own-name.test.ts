// A speaker's page lists their talks as cards, each naming the talk's speakers: their own name
// there leads to the page the reader is on, and must say so.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { speakerPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("a speaker's name on the cards of their own page", () => {
  it('is marked as the current page, and other speakers are not', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const speaker = catalog.speakers.find((s) => s.talks.length > 0)!;
    const page = await site.browser.context.newPage();
    await page.goto(new URL(speakerPath(speaker.id), site.server.origin).href);
    const names = page.locator('main .cards p a');
    const marks = await names.evaluateAll((all) =>
      all.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const [href, current] of marks)
      expect(current, href!).toBe(href === speakerPath(speaker.id) ? 'page' : null);
    expect(marks.some(([href]) => href === speakerPath(speaker.id))).toBe(true);
    await page.close();
  });
});
