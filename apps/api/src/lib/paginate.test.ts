import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog({ posts: 45 }));
});
afterAll(() => server.close());

type Meta = { total: number; page: number; pages: number; prev: string | null };
// Paths and links alike: a link holds only the query, resolved against the list's URL.
const get = async (path: string) => {
  const res = await fetch(new URL(path, `${server.url}/api/posts`));
  const body = (await res.json()) as { data: unknown[]; meta: Meta };
  return { link: res.headers.get('link'), ...body };
};

describe('a page past the end of a list', () => {
  it('links back to the last page with records, not to the empty page before it', async () => {
    const { meta } = await get('/api/posts?limit=10');
    const past = await get(`/api/posts?limit=10&page=${meta.pages + 5}`);
    expect(past.data).toEqual([]);
    expect(past.meta.prev).toBe(`?limit=10&page=${meta.pages}`);
    expect(past.link).toBe(
      `<?limit=10&page=${meta.pages}>; rel="prev", <?limit=10&page=1>; rel="first"`,
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
    expect(second.meta.prev).toBe('?limit=10&page=1');
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
      next: '?limit=10&page=3',
      prev: '?limit=10&page=1',
      first: '?limit=10&page=1',
      last: `?limit=10&page=${meta.pages}`,
    });
    const end = await get(`/api/posts?limit=10&page=${meta.pages}`);
    expect(Object.keys(rels(end.link)).sort()).toEqual(['first', 'prev']);
  });

  it('leads to the records at either end when paging by cursor', async () => {
    const all = await get('/api/posts?limit=100');
    const ids = (page: { data: unknown[] }) => page.data.map((p) => (p as { id: string }).id);
    const second = await get(`/api/posts?limit=10&cursor=${btoa('o10').replace(/=+$/, '')}`);
    const links = rels(second.link);
    expect(links.first).toBe('?limit=10');
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

describe('links behind a proxy that serves the API under a path of its own', () => {
  it("resolve against the page's own URL to the neighbouring pages under that path", async () => {
    // What the client asked for; the proxy sent it on as /api/posts?limit=10&page=2.
    const asked = 'https://example.org/notes/api/posts?limit=10&page=2';
    const page = await get('/api/posts?limit=10&page=2');
    const links = rels(page.link);
    expect(new URL(page.meta.prev!, asked).href).toBe(
      'https://example.org/notes/api/posts?limit=10&page=1',
    );
    expect(new URL(links.next!, asked).href).toBe(
      'https://example.org/notes/api/posts?limit=10&page=3',
    );
    expect(new URL(links.last!, asked).pathname).toBe('/notes/api/posts');
    expect(new URL(links.first!, asked).pathname).toBe('/notes/api/posts');
  });

  it('do so when paging by cursor from a URL with no other parameter', async () => {
    const cursor = btoa('o20').replace(/=+$/, '');
    const asked = `https://example.org/notes/api/posts?cursor=${cursor}`;
    const page = await get(`/api/posts?cursor=${cursor}`);
    const first = new URL(rels(page.link).first!, asked);
    expect(first.pathname).toBe('/notes/api/posts');
    expect(first.searchParams.has('cursor')).toBe(false);
  });
});

describe('the query of a link', () => {
  it('keeps the parameters as the request wrote them, changing only the page', async () => {
    const page = await get('/api/posts?fields=id,title&limit=10&tag=Docker%20volumes&page=2');
    expect(page.meta.prev).toBe('?fields=id,title&limit=10&tag=Docker%20volumes&page=1');
    const cursor = btoa('o10').replace(/=+$/, '');
    const byCursor = await get(`/api/posts?cursor=${cursor}&fields=id,title&limit=10`);
    expect(rels(byCursor.link).first).toBe('?fields=id,title&limit=10');
  });
});
