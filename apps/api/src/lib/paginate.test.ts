import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog({ posts: 45 }));
});
afterAll(() => server.close());

type Meta = { total: number; pages: number; prev: string | null };
const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  const body = (await res.json()) as { data: unknown[]; meta: Meta };
  return { link: res.headers.get('link'), ...body };
};

describe('a page past the end of a list', () => {
  it('links back to the last page with records, not to the empty page before it', async () => {
    const { meta } = await get('/api/posts?limit=10');
    const past = await get(`/api/posts?limit=10&page=${meta.pages + 5}`);
    expect(past.data).toEqual([]);
    expect(past.meta.prev).toBe(`/api/posts?limit=10&page=${meta.pages}`);
    expect(past.link).toBe(`</api/posts?limit=10&page=${meta.pages}>; rel="prev"`);
    expect((await get(past.meta.prev!)).data.length).toBeGreaterThan(0);
  });

  it('does the same when paging by cursor', async () => {
    const { meta } = await get('/api/posts?limit=10');
    const far = btoa(`o${meta.total + 50}`).replace(/=+$/, '');
    const past = await get(`/api/posts?limit=10&cursor=${far}`);
    const back = await get(past.meta.prev!);
    expect(back.data.length).toBe(10);
    // Inside the list, prev is still the page just before.
    const second = await get('/api/posts?limit=10&page=2');
    expect(second.meta.prev).toBe('/api/posts?limit=10&page=1');
  });
});
