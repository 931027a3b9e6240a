// Two events' talks of one title, and two people of one name, in one list of search results:
// each hit says which it is, as the page it links to does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('search-context', (content) => {
  const post = (file: string, event: string, date: string) =>
    writeFileSync(
      join(content, 'posts', file),
      `---\ntitle: Notes from ${event}\nauthor: Ada Lovelace\nevent: ${event}\ndate: ${date}\n---\n\n` +
        'The best talk of the day was **Scaling Widgets Sideways** by Grace Hopper (Acme Corp), who showed every step.\n',
    );
  post('widgets-north.md', 'Widget Summit North 2019', '2019-04-02');
  post('widgets-south.md', 'Widget Summit South 2021', '2021-09-14');
});

describe('the context of a search hit', () => {
  it("names each talk's event, a post's author and day (written as the site's pages write it), and a speaker's affiliation", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/search/?q=widgets', site.server.origin).href);
    await page.locator('#search-results li').first().waitFor();
    const rows = await page.locator('#search-results > li').evaluateAll((items) =>
      items.map((li) => ({
        type: (li as HTMLElement).dataset.type,
        title: li.querySelector('a')!.textContent,
        context: li.querySelector('.hit-context')?.textContent ?? null,
      })),
    );
    const talks = rows.filter((r) => r.type === 'talk');
    expect(talks.map((t) => t.title)).toEqual([
      'Scaling Widgets Sideways',
      'Scaling Widgets Sideways',
    ]);
    expect(talks.map((t) => t.context).sort()).toEqual([
      'Widget Summit North 2019',
      'Widget Summit South 2021',
    ]);
    expect(
      rows
        .filter((r) => r.type === 'post')
        .map((r) => r.context)
        .sort(),
    ).toEqual(['Ada Lovelace · April 2, 2019', 'Ada Lovelace · September 14, 2021']);
    await page.goto(new URL('/search/?q=hopper', site.server.origin).href);
    const speaker = page.locator('#search-results > li[data-type="speaker"] .hit-context');
    expect(await speaker.textContent()).toBe('Acme Corp');
    await page.close();
  });
});
