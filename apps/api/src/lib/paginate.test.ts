import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog({ posts: 45 }));
});
afterAll(() => server.close());

type Meta = { total: number; page: number; pages: number; prev: string | null };
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
    expect(past.link).toBe(
      `</api/posts?limit=10&page=${meta.pages}>; rel="prev", </api/posts?limit=10&page=1>; rel="first"`,
    );
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

const rels = (link: string | null) =>
  Object.fromEntries(
    [...(link ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [m[2]!, m[1]!]),
  );

describe('links to the first and last pages', () => {
  it('gives first after the first page and last before the last, as page numbers', async () => {
    const { meta } = await get('/api/posts?limit=10');
    expect(meta.pages).toBeGreaterThan(2);
    expect(Object.keys(rels((await get('/api/posts?limit=10')).link)).sort()).toEqual([
      'last',
      'next',
    ]);
    expect(rels((await get('/api/posts?limit=10&page=2')).link)).toEqual({
      next: '/api/posts?limit=10&page=3',
      prev: '/api/posts?limit=10&page=1',
      first: '/api/posts?limit=10&page=1',
      last: `/api/posts?limit=10&page=${meta.pages}`,
    });
    const end = await get(`/api/posts?limit=10&page=${meta.pages}`);
    expect(Object.keys(rels(end.link)).sort()).toEqual(['first', 'prev']);
  });

  it('leads to the records at either end when paging by cursor', async () => {
    const all = await get('/api/posts?limit=100');
    const ids = (page: { data: unknown[] }) => page.data.map((p) => (p as { id: string }).id);
    const second = await get(`/api/posts?limit=10&cursor=${btoa('o10').replace(/=+$/, '')}`);
    const links = rels(second.link);
    expect(links.first).toBe('/api/posts?limit=10');
    expect(ids(await get(links.first!))).toEqual(ids(all).slice(0, 10));
    expect(links.last).toMatch(/cursor=/);
    const last = await get(links.last!);
    expect(ids(last)).toEqual(ids(all).slice(40));
    expect(last.meta.page).toBe(last.meta.pages);
  });

  it('gives as last the page that following next reaches, from any cursor', async () => {
    const all = await get('/api/posts?limit=100');
    const ids = (page: { data: unknown[] }) => page.data.map((p) => (p as { id: string }).id);
    for (const start of [10, 15]) {
      let page = await get(`/api/posts?limit=10&cursor=${btoa(`o${start}`).replace(/=+$/, '')}`);
      const last = rels(page.link).last;
      const seen = ids(page);
      let reached: string | undefined;
      while (rels(page.link).next) {
        expect(rels(page.link).last).toBe(last);
        reached = rels(page.link).next!;
        page = await get(reached);
        seen.push(...ids(page));
      }
      // The pages met on the way do not overlap, and the end is where `last` pointed.
      expect(reached).toBe(last);
      expect(seen).toEqual(ids(all).slice(start));
    }
  });
});
