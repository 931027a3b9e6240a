// A speaker's page quotes what each post said where it named them, under that post in its list.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { postPath, speakerPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

describe("a speaker's page", () => {
  it('quotes, under each post, the sentences that post names them in', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const speakers = catalog.speakers.filter((s) => s.mentions.length > 0);
    expect(speakers.length).toBeGreaterThan(1);
    const page = await site.browser.context.newPage();
    for (const speaker of speakers) {
      await page.goto(new URL(speakerPath(speaker.id), site.server.origin).href);
      const shown = await page.locator('#posts ~ ul > li').evaluateAll((items) =>
        items.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href'),
          quotes: [...li.querySelectorAll('blockquote p')].map((p) => p.textContent),
        })),
      );
      for (const m of speaker.mentions) {
        const item = shown.find((s) => s.href === postPath(m.post));
        expect(item?.quotes, `${speaker.id} in ${m.post}`).toContain(m.sentence);
      }
    }
    await page.close();
  });
});
