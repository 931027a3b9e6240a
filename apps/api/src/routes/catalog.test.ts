import { gunzipSync } from 'node:zlib';
import { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';
import { serveApp } from '../../test/serve-app.ts';
import { createApp } from '../app.ts';
import { createSnapshot } from '../snapshot.ts';

const { get, app, catalog, document } = await harness();

describe('GET /api/catalog', () => {
  it('exports the whole catalog, valid per the core schema', async () => {
    const { body } = await get('/api/catalog');
    expect(Catalog.parse(body)).toEqual(catalog);
  });

  it('streams a catalog too large for one JSON string, a record at a time, and keeps it nowhere', async () => {
    const small = fixtureCatalog();
    // What V8 throws when a string would pass its limit, as 50,000 posts' JSON does, and what
    // Node throws reading a file of it.
    const errors = [
      new RangeError('Invalid string length'),
      Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), {
        code: 'ERR_STRING_TOO_LONG',
      }),
    ];
    for (const error of errors) {
      const snapshot = createSnapshot(small);
      Object.defineProperty(snapshot, 'catalogJson', {
        configurable: true,
        get: () => {
          throw error;
        },
      });
      const large = createApp({ current: () => snapshot }, { onUnexpectedError: () => {} });
      for (let n = 0; n < 2; n++) {
        const res = await large.request('/api/catalog');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-encoding')).toBeNull();
        expect(await res.text()).toBe(JSON.stringify(small));
        const etag = res.headers.get('etag')!;
        expect(etag).toContain(snapshot.tag);
        const again = await large.request('/api/catalog', { headers: { 'If-None-Match': etag } });
        expect(again.status).toBe(304);
        // Gzipped as it is streamed for a client that takes gzip, under an ETag of its own.
        const zipped = await large.request('/api/catalog', {
          headers: { 'Accept-Encoding': 'br;q=1, gzip;q=0.8' },
        });
        expect(zipped.headers.get('content-encoding')).toBe('gzip');
        expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
        const zippedTag = zipped.headers.get('etag')!;
        expect(zippedTag).not.toBe(etag);
        expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(
          JSON.stringify(small),
        );
        const zippedAgain = await large.request('/api/catalog', {
          headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': zippedTag },
        });
        expect(zippedAgain.status).toBe(304);
      }
      // Every other route still answers, from the cache as before.
      expect((await large.request('/api/posts?limit=1')).status).toBe(200);
    }
  });
});

describe('GET /healthz', () => {
  it('reports the catalog being served, never from a cache', async () => {
    const { body, res } = await get('/healthz');
    expect(body.status).toBe('ok');
    expect(body.catalog.posts).toBe(catalog.posts.length);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route with the core schemas', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api',
      '/api/catalog',
      '/api/events',
      '/api/events/{id}',
      '/api/posts',
      '/api/posts/{id}',
      '/api/search',
      '/api/speakers',
      '/api/speakers/{id}',
      '/api/tags',
      '/api/talks',
      '/api/talks/{id}',
      '/healthz',
    ]);
    for (const id of ['Post', 'Talk', 'Speaker', 'Event', 'Catalog', 'SearchHit', 'Error']) {
      expect(Object.keys(document.components.schemas)).toContain(id);
    }
    const limit = document.paths['/api/talks'].get.parameters.find(
      (p: { name: string }) => p.name === 'limit',
    );
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
  });
});

describe('GET /api/docs', () => {
  it('serves an interactive reference that loads nothing from another host', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) {
      expect(new URL(url, 'http://x/api/docs').pathname, url).toMatch(/^\/api\/docs\//);
      expect((await app.request(new URL(url, 'http://x/api/docs'))).status, url).toBe(200);
    }
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    const init = await (await app.request('/api/docs/init.js')).text();
    expect(init).toMatch(/url: '[^']+'/);
    expect(init).toContain('validatorUrl: null');
  });

  it('loads its files and the description from under the path a proxy serves the API at', async () => {
    const page = 'https://example.org/notes/api/docs';
    const html = await (await app.request('/api/docs')).text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, page));
    for (const url of urls) expect(url.pathname).toMatch(/^\/notes\/api\/docs\//);
    const init = await (await app.request('/api/docs/init.js')).text();
    const described = new URL(/url: '([^']+)'/.exec(init)![1]!, page);
    expect(described.href).toBe('https://example.org/notes/api/openapi.json');
    // Paths are appended to the server's URL, resolved against the description's own.
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      servers: { url: string }[];
    };
    const server = new URL(document.servers[0]!.url, described).href.replace(/\/$/, '');
    expect(`${server}/api/posts`).toBe('https://example.org/notes/api/posts');
  });

  it('serves only the files of the reference', async () => {
    expect((await app.request('/api/docs/package.json')).status).toBe(404);
    expect((await app.request('/api/docs/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('GET /api/catalog over HTTP', () => {
  it('refuses fields or paging with a 400 rather than answering with every record', async () => {
    const server = await serveApp(fixtureCatalog());
    try {
      for (const query of ['fields=id', 'limit=5']) {
        const res = await fetch(`${server.url}/api/catalog?${query}`);
        const body = (await res.json()) as { error: { message: string } };
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(body.error.message).toMatch(/^Unknown query parameter .*this route accepts: none$/);
      }
    } finally {
      await server.close();
    }
  });
});

describe('GET /api/catalog streamed, over HTTP', () => {
  it('carries the caching headers and answers a weak or listed If-None-Match with 304', async () => {
    const snapshot = createSnapshot(fixtureCatalog());
    Object.defineProperty(snapshot, 'catalogJson', {
      configurable: true,
      get: () => {
        throw new RangeError('Invalid string length');
      },
    });
    const server = await serveApp({ current: () => snapshot });
    try {
      const res = await fetch(`${server.url}/api/catalog`);
      await res.arrayBuffer();
      expect(res.headers.get('cache-control')).toMatch(/max-age/);
      expect(res.headers.get('last-modified')).toBe(snapshot.lastModified);
      const etag = res.headers.get('etag')!;
      // As a CDN that compresses sends it back, and as a client holding two sends them.
      for (const sent of [`W/${etag}`, `"other", ${etag}`]) {
        const again = await fetch(`${server.url}/api/catalog`, {
          headers: { 'If-None-Match': sent },
        });
        expect({ sent, status: again.status }).toEqual({ sent, status: 304 });
        expect(again.headers.get('last-modified')).toBe(snapshot.lastModified);
      }
    } finally {
      await server.close();
    }
  });
});
