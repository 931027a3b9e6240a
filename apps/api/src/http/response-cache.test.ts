import { gunzipSync, gzipSync } from 'node:zlib';
import { type Context, Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../../test/fixture-catalog.ts';
import type { Json } from '../../test/harness.ts';
import { serveApp } from '../../test/serve-app.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../app-env.ts';
import { createCatalogHolder } from '../catalog-holder.ts';
import { createSnapshot } from '../snapshot.ts';
import { type ResponseCacheOptions, responseCache } from './response-cache.ts';

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

  it('changes every ETag when other code answers the same catalog', async () => {
    const catalog = fixtureCatalog();
    const earlier = createApp(catalog, { codeTag: 'earlier' });
    const upgraded = createApp(catalog, { codeTag: 'upgraded' });
    const before = (await earlier.request('/api/search?q=docker')).headers.get('etag')!;
    expect(before).toMatch(/-earlier-/);
    // A cache revalidating what the earlier code answered gets the upgraded code's answer.
    const after = await upgraded.request('/api/search?q=docker', {
      headers: { 'If-None-Match': before },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    const same = await createApp(catalog, { codeTag: 'earlier' }).request('/api/search?q=docker');
    expect(same.headers.get('etag')).toBe(before);
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

/**
 * A bare app that sets a snapshot of the fixture catalog and runs the cache's middleware before
 * one route answering `body` as JSON, for tests of the store alone; `runs` counts the route's runs.
 */
async function cachedApp(
  options: ResponseCacheOptions,
  path: string,
  body: (c: Context<AppEnv>) => unknown,
) {
  const snapshot = createSnapshot(fixtureCatalog());
  const cache = responseCache(options);
  let runs = 0;
  const app = new Hono<AppEnv>()
    .use('*', async (c, next) => {
      c.set('snapshot', snapshot);
      await next();
    })
    .use('*', cache.middleware)
    .get(path, (c) => {
      runs++;
      return c.json(body(c) as object);
    });
  return { app, cache, snapshot, runs: () => runs };
}

describe('the store bound', () => {
  it('drops the least recently answered entries first when full', async () => {
    const { app, cache, snapshot, runs } = await cachedApp(
      { maxAge: 60, compress: (body) => body, encodings: [], store: true, maxBytes: 3500 },
      '/api/:n',
      (c) => ({ n: c.req.param('n'), pad: 'x'.repeat(900) }),
    );
    const stored = (n: number) => cache.lookup(snapshot, `/api/${n}`, 'GET', () => undefined);
    for (const n of [1, 2, 3]) await app.request(`/api/${n}`);
    expect([1, 2, 3].map((n) => stored(n)?.status)).toEqual([200, 200, 200]);
    // 1 is answered again, so 2 is now the least recent: adding 4 drops it.
    await app.request('/api/1');
    expect(runs()).toBe(3);
    await app.request('/api/4');
    expect([1, 2, 3, 4].map((n) => stored(n) !== undefined)).toEqual([true, false, true, true]);
  });
});

describe('an answer too large to keep (the catalog export)', () => {
  async function largeAnswers(maxBytes: number) {
    const compressed: string[] = [];
    const { app, runs } = await cachedApp(
      {
        maxAge: 60,
        compress: (body, encoding) => {
          compressed.push(encoding);
          return gzipSync(body);
        },
        encodings: ['gzip'],
        store: true,
        maxBytes,
        maxEntryBytes: 2048,
      },
      '/api/catalog',
      () => ({ pad: 'x'.repeat(20_000) }),
    );
    const get = (encoding?: string, headers: Record<string, string> = {}) =>
      app.request('/api/catalog', {
        headers: { ...headers, ...(encoding ? { 'Accept-Encoding': encoding } : {}) },
      });
    return { get, compressed, runs };
  }

  it('is compressed once per snapshot, and made by the route only while it is not compressed', async () => {
    const { get, compressed, runs } = await largeAnswers(1 << 20);
    const [a, b] = await Promise.all([get('gzip'), get('gzip')]);
    const c = await get('gzip');
    const plain = await get();
    // The first two run the route together; the third is answered from the compressed bytes.
    expect(runs()).toBe(3);
    expect(compressed).toEqual(['gzip']);
    for (const res of [a, b, c]) {
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(res.headers.get('etag')).toBe(a.headers.get('etag'));
      expect(
        JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).pad,
      ).toHaveLength(20_000);
    }
    const again = await get('gzip', { 'If-None-Match': c.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { pad: string }).pad).toHaveLength(20_000);
  });

  it('is compressed again each time when its compressed bytes exceed the store bound', async () => {
    const { get, compressed } = await largeAnswers(16);
    await get('gzip');
    await get('gzip');
    expect(compressed).toEqual(['gzip', 'gzip']);
  });
});

describe('If-Match and If-Unmodified-Since', () => {
  let server: Awaited<ReturnType<typeof serveApp>>;
  beforeAll(async () => {
    server = await serveApp(fixtureCatalog());
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${server.url}${path}`, { method, headers });

  it('answer 412 with the error body when they do not hold, before and after the answer is stored', async () => {
    for (const path of ['/api/talks?limit=1', '/api/talks/stateful']) {
      // The first request runs the route, the next ones are answered from the store.
      for (let round = 0; round < 2; round++) {
        const res = await get(path, { 'If-Match': '"not-this-one"', Origin: 'https://x.example' });
        expect({ path, round, status: res.status }).toEqual({ path, round, status: 412 });
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        const { error } = (await res.json()) as { error: { code: string; details: object } };
        expect(error.code).toBe('precondition_failed');
        expect(error.details).toEqual({ header: 'If-Match', etag: res.headers.get('etag') });
      }
      const early = await get(path, { 'If-Unmodified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' });
      expect(early.status).toBe(412);
      const head = await get(path, { 'If-Match': '"not-this-one"' }, 'HEAD');
      expect(head.status).toBe(412);
    }
  });

  it('let the answer through when they hold, or cannot be read', async () => {
    const first = await get('/api/speakers/john-fiedler');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const holding: Record<string, string>[] = [
      { 'If-Match': etag },
      { 'If-Match': `"other", ${etag}` },
      { 'If-Match': '*' },
      { 'If-Unmodified-Since': lastModified },
      { 'If-Unmodified-Since': 'not a date' },
      // If-Match wins over If-Unmodified-Since, as RFC 9110 orders them.
      { 'If-Match': etag, 'If-Unmodified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' },
    ];
    for (const headers of holding) {
      const res = await get('/api/speakers/john-fiedler', headers);
      expect({ headers, status: res.status }).toEqual({ headers, status: 200 });
    }
    // A weak ETag never satisfies If-Match, which compares strongly.
    expect((await get('/api/speakers/john-fiedler', { 'If-Match': `W/${etag}` })).status).toBe(412);
    // Evaluated before If-None-Match: a matching one does not turn a failed If-Match into a 304.
    const both = await get('/api/speakers/john-fiedler', {
      'If-Match': '"x"',
      'If-None-Match': etag,
    });
    expect(both.status).toBe(412);
  });

  it('are described in the OpenAPI document', async () => {
    const document = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[]; responses: object } }>;
    };
    const talks = document.paths['/api/talks']!.get;
    expect(talks.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['If-Match', 'If-Unmodified-Since']),
    );
    expect(talks.responses).toHaveProperty('412');
  });
});

describe('a revalidation of a compressed answer', () => {
  it('is answered without compressing the body it does not send', async () => {
    let compressions = 0;
    const app = createApp(fixtureCatalog(), {
      // As for an answer too large to keep (a catalog export): made anew for every request.
      responseStore: false,
      encodings: ['gzip'],
      compress: (body) => {
        compressions++;
        return gzipSync(body);
      },
    });
    const gzip = { 'Accept-Encoding': 'gzip' };
    const first = await app.request('/api/catalog', { headers: gzip });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(compressions).toBe(1);
    const etag = first.headers.get('etag')!;
    const again = await app.request('/api/catalog', {
      headers: { ...gzip, 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const refused = await app.request('/api/catalog', {
      headers: { ...gzip, 'If-Match': '"other"' },
    });
    expect(refused.status).toBe(412);
    expect(((await refused.json()) as Json).error.details.etag).toBe(etag);
    expect(compressions).toBe(1);
    // A plain GET is still compressed.
    expect((await app.request('/api/catalog', { headers: gzip })).headers.get('etag')).toBe(etag);
    expect(compressions).toBe(2);
  });
});
