import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../bench/synthetic-catalog.ts';
import { createApp } from '../app.ts';

// Enough posts for three events, so an event filter keeps some and drops others.
const catalog = syntheticCatalog(450);
const ids = async (app: ReturnType<typeof createApp>, path: string) =>
  ((await (await app.request(path)).json()) as { data: { id: string }[] }).data.map((r) => r.id);

/** Every record of a list, page after page. */
async function everything(app: ReturnType<typeof createApp>, path: string) {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const found = await ids(app, `${path}&limit=100&page=${page}&fields=id`);
    out.push(...found);
    if (found.length < 100) return out;
  }
}

describe('text-ranked lists', () => {
  it('page one ranking, reused from page to page, and never for a filtered list', async () => {
    const app = createApp(catalog, { responseStore: false });
    const all = await everything(app, '/api/posts?q=docker');
    expect(all.length).toBeGreaterThan(10);
    const pages: string[] = [];
    for (let page = 1; page <= 4; page++) {
      pages.push(...(await ids(app, `/api/posts?q=docker&limit=3&page=${page}&fields=id`)));
    }
    expect(pages).toEqual(all.slice(0, 12));
    // The same words with a filter: the filter applies, not the kept unfiltered ranking.
    const event = catalog.posts.find((post) => post.event)!.event!;
    const filtered = await everything(app, `/api/posts?q=docker&event=${event}`);
    const ofEvent = new Set(catalog.posts.filter((p) => p.event === event).map((p) => p.id));
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered).toEqual(all.filter((id) => ofEvent.has(id)));
    // Talks with the same words are their own list.
    const talks = await everything(app, '/api/talks?q=docker');
    expect(talks.every((id) => catalog.talks.some((talk) => talk.id === id))).toBe(true);
  });
});
