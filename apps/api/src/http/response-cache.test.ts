import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../../test/fixture-catalog.ts';
import type { Json } from '../../test/harness.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../app-env.ts';
import { createCatalogHolder } from '../catalog-holder.ts';

describe('caching', () => {
  it('gives the same strong ETag for the same URL, and a different one per URL', async () => {
    const app = createApp(fixtureCatalog());
    const a = (await app.request('/api/talks?limit=2')).headers.get('etag');
    const b = (await app.request('/api/talks?limit=2')).headers.get('etag');
    const c = (await app.request('/api/talks?limit=3')).headers.get('etag');
    expect(a).toMatch(/^"[a-z0-9]+-[a-z0-9]+"$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('answers 304 to a matching If-None-Match or a recent If-Modified-Since', async () => {
    const app = createApp(fixtureCatalog());
    const first = await app.request('/api/posts/post-1');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const byTag = await app.request('/api/posts/post-1', {
      headers: { 'If-None-Match': `W/${etag}, "x"` },
    });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get('etag')).toBe(etag);
    expect(await byTag.text()).toBe('');
    const byDate = await app.request('/api/posts/post-1', {
      headers: { 'If-Modified-Since': lastModified },
    });
    expect(byDate.status).toBe(304);
    const stale = await app.request('/api/posts/post-1', {
      headers: { 'If-None-Match': '"other"' },
    });
    expect(stale.status).toBe(200);
  });

  it('changes every ETag when the catalog is swapped, and serves the new catalog', async () => {
    const catalog = fixtureCatalog();
    const holder = createCatalogHolder(catalog);
    const app = createApp(holder);
    const before = await app.request('/api/posts?limit=1');
    holder.replace({
      ...catalog,
      posts: [...catalog.posts, makePost('aaa-new', { date: '2099-01-01' })],
    });
    const after = await app.request('/api/posts?limit=1');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(((await after.json()) as Json).data[0].id).toBe('aaa-new');
    const conditional = await app.request('/api/posts?limit=1', {
      headers: { 'If-None-Match': before.headers.get('etag')! },
    });
    expect(conditional.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const app = createApp(fixtureCatalog());
    const get = await app.request('/api/speakers');
    const head = await app.request('/api/speakers', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('gzips large answers when asked, with its own ETag, and never small ones', async () => {
    const app = createApp(fixtureCatalog(), { encodings: ['gzip'] });
    const plain = await app.request('/api/catalog');
    const gzip = await app.request('/api/catalog', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const bytes = new Uint8Array(await gzip.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(Number(plain.headers.get('content-length')));
    const small = await app.request('/api/events?fields=name&limit=1', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('does not cache errors', async () => {
    const app = createApp(fixtureCatalog());
    const res = await app.request('/api/talks/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('etag')).toBeNull();
  });

  it('sends a stored answer with the same bytes and headers as the route, before routing', async () => {
    const app = createApp(fixtureCatalog(), { encodings: ['gzip'] });
    const path = '/api/catalog';
    const routed = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    const routedBody = new Uint8Array(await routed.arrayBuffer());
    // The same request again, now answered from the store without the middleware chain.
    const stored = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect([...stored.headers].sort()).toEqual([...routed.headers].sort());
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(routedBody);
    expect(stored.headers.get('access-control-allow-origin')).toBe('*');
    expect(stored.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await app.request(path, { method: 'HEAD' });
    expect(head.headers.get('content-length')).not.toBeNull();
    expect(await head.text()).toBe('');
    const conditional = await app.request(path, {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': routed.headers.get('etag')! },
    });
    expect(conditional.status).toBe(304);
  });

  it('reads the catalog once per request, whether stored or routed', async () => {
    for (const responseStore of [true, false]) {
      let reads = 0;
      const holder = createCatalogHolder(fixtureCatalog());
      const current = () => {
        reads++;
        return holder.current();
      };
      const app = createApp({ current }, { responseStore });
      await app.request('/api/talks?limit=1');
      const res = await app.request('/api/talks?limit=1');
      expect(res.status).toBe(200);
      // One read per request whichever path answered it.
      expect(reads).toBe(2);
    }
  });
});

describe('the store bound', () => {
  it('drops the least recently answered entries first when full', async () => {
    const { Hono } = await import('hono');
    const { createSnapshot } = await import('../snapshot.ts');
    const { responseCache } = await import('./response-cache.ts');
    const snapshot = createSnapshot(fixtureCatalog());
    const cache = responseCache({
      maxAge: 60,
      compress: (body) => body,
      encodings: [],
      store: true,
      maxBytes: 3500,
    });
    let runs = 0;
    const app = new Hono<AppEnv>()
      .use('*', async (c, next) => {
        c.set('snapshot', snapshot);
        await next();
      })
      .use('*', cache.middleware)
      .get('/api/:n', (c) => {
        runs++;
        return c.json({ n: c.req.param('n'), pad: 'x'.repeat(900) });
      });
    const stored = (n: number) => cache.lookup(snapshot, `/api/${n}`, 'GET', () => undefined);
    for (const n of [1, 2, 3]) await app.request(`/api/${n}`);
    expect([1, 2, 3].map((n) => stored(n)?.status)).toEqual([200, 200, 200]);
    // 1 is answered again, so 2 is now the least recent: adding 4 drops it.
    await app.request('/api/1');
    expect(runs).toBe(3);
    await app.request('/api/4');
    expect([1, 2, 3, 4].map((n) => stored(n) !== undefined)).toEqual([true, false, true, true]);
  });
});
