import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../src/client.ts';
import { fixtureCatalog, HOSTILE } from './fixture-catalog.ts';
import { openApiChecker } from './openapi-check.ts';
import { serveApp } from './serve-app.ts';
import { serveWorkerd } from './serve-workerd.ts';

const catalog = fixtureCatalog({ posts: 45 });

// The same tests over the Node server and over the Workers build running in workerd, which gets
// the catalog as a static asset: the app must behave the same on both without a change.
const runtimes = [
  { runtime: 'Node', start: () => serveApp(catalog), encodings: ['br', 'gzip'] },
  { runtime: 'workerd', start: () => serveWorkerd(catalog), encodings: ['gzip'] },
];

describe.each(runtimes)('over a real server on $runtime', ({ start, encodings }) => {
  let server: { url: string; close(): Promise<void> };
  let check: ReturnType<typeof openApiChecker>;

  beforeAll(async () => {
    server = await start();
    check = openApiChecker((await (await fetch(`${server.url}/api/openapi.json`)).json()) as Json);
  }, 60_000);
  afterAll(() => server.close());

  // Bodies are checked against the OpenAPI document, not by TypeScript: any is the honest type.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  type Json = any;

  async function get(path: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${server.url}${path}`, { headers });
    const body: Json = res.status === 304 ? undefined : await res.json();
    if (body !== undefined) check('GET', path, res.status, body);
    return { res, body };
  }

  /** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
  function raw(path: string, method = 'GET') {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      const req = httpRequest({ host: url.hostname, port: url.port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('answers every route with a body that matches the OpenAPI document', async () => {
    for (const path of [
      '/api/posts',
      '/api/posts/post-1',
      '/api/tags',
      '/api/talks',
      '/api/talks/stateful?include=speakers,posts,event',
      '/api/speakers',
      '/api/speakers/john-fiedler?include=talks,posts',
      '/api/events',
      '/api/events/dockercon-eu-2015?include=talks,speakers,posts',
      '/api/search?q=docker',
      '/api/catalog',
      '/healthz',
    ]) {
      const { res } = await get(path);
      expect(res.status, path).toBe(200);
    }
  });

  it('pages to the end by following Link: rel="next", each record once', async () => {
    const seen: string[] = [];
    let url: URL | null = new URL('/api/posts?limit=7&sort=title', server.url);
    let pages = 0;
    while (url) {
      const { res, body } = await get(url.pathname + url.search);
      seen.push(...body.data.map((post: { id: string }) => post.id));
      const next = res.headers.get('link')?.match(/<([^>]+)>; rel="next"/)?.[1] ?? null;
      expect(next).toBe(body.meta.next);
      // A link is relative to the URL of the page it came with.
      url = next === null ? null : new URL(next, url);
      pages++;
    }
    expect(seen).toHaveLength(catalog.posts.length);
    expect(new Set(seen).size).toBe(catalog.posts.length);
    expect(pages).toBe(Math.ceil(catalog.posts.length / 7));
  });

  it('pages by cursor the same way', async () => {
    const seen: string[] = [];
    let path = '/api/posts?limit=10';
    for (;;) {
      const { body } = await get(path);
      seen.push(...body.data.map((post: { id: string }) => post.id));
      if (!body.meta.nextCursor) break;
      path = `/api/posts?limit=10&cursor=${body.meta.nextCursor}`;
    }
    expect(new Set(seen).size).toBe(catalog.posts.length);
  });

  it('answers 304 to If-None-Match, and HEAD with headers and no body', async () => {
    const first = await get('/api/talks?limit=2');
    const etag = first.res.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.res.headers.get('last-modified')).toBeTruthy();
    expect(first.res.headers.get('cache-control')).toMatch(/max-age/);
    const again = await get('/api/talks?limit=2', { 'If-None-Match': etag! });
    expect(again.res.status).toBe(304);
    const head = await fetch(`${server.url}/api/talks?limit=2`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('answers a repeated request with the same bytes and headers as the first', async () => {
    const path = '/api/talks?limit=3&sort=-title';
    const first = await fetch(`${server.url}${path}`);
    const firstBody = await first.text();
    const again = await fetch(`${server.url}${path}`);
    expect(await again.text()).toBe(firstBody);
    const drop = (headers: Headers) =>
      [...headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name));
    expect(drop(again.headers)).toEqual(drop(first.headers));
  });

  it('compresses with Brotli or gzip when asked, to the same JSON', async () => {
    for (const encoding of encodings) {
      const res = await fetch(`${server.url}/api/catalog`, {
        headers: { 'Accept-Encoding': encoding },
      });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(((await res.json()) as Json).posts).toHaveLength(catalog.posts.length);
    }
  });

  it('is open to GET from any origin, with secure headers', async () => {
    const { res } = await get('/api/talks', { Origin: 'https://example.org' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const preflight = await fetch(`${server.url}/api/talks`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it('refuses writes with 405 and the allowed methods', async () => {
    const res = await fetch(`${server.url}/api/talks`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/GET/);
    expect(((await res.json()) as Json).error.code).toBe('method_not_allowed');
  });

  it('never leaves the catalog for traversal paths and encoded NULs', async () => {
    for (const path of [
      '/api/posts/..%2F..%2F..%2Fetc%2Fpasswd',
      '/api/posts/%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/posts/../../../../etc/passwd',
      '/api/talks/%00',
      '/api/talks/abc%00def',
      '/api/docs/..%2F..%2Fpackage.json',
    ]) {
      const { status, body } = await raw(path);
      expect([400, 404], path).toContain(status);
      expect(body).not.toMatch(/root:|"dependencies"/);
      expect(JSON.parse(body).error.code).toBeTruthy();
    }
  });

  it('serves a typed client that the reader can use', async () => {
    const api = createApiClient(server.url);
    const res = await api.api.talks.$get({ query: { speaker: 'john-fiedler', limit: '5' } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const body = await res.json();
    expect(body.data.map((talk) => talk.id).sort()).toEqual(['docker-in-production', 'stateful']);
    const missing = await api.api.speakers[':id'].$get({
      param: { id: HOSTILE.unicodeId },
      query: {},
    });
    expect(missing.status).toBe(404);
    const hit = await api.api.search.$get({ query: { q: 'docker', type: 'talk' } });
    if (hit.status === 200) expect((await hit.json()).data[0]?.type).toBe('talk');
    else expect.fail(`search answered ${hit.status}`);
  });
});
