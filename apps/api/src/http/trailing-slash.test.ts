import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

const catalog = fixtureCatalog();
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(catalog);
});
afterAll(() => server.close());

/** A GET as a proxy in front of the server sends it: another Host, the path exactly as given. */
function viaProxy(path: string, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const req = request(
      { hostname, port, path, method, headers: { Host: 'api.example' } },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('a path that ends with a slash', () => {
  it('is sent on to the route without it, keeping the query, by a relative Location', async () => {
    const talk = catalog.talks[0]!.id;
    for (const [asked, route] of [
      ['/api/', '/api'],
      ['/api/posts/?limit=1', '/api/posts?limit=1'],
      [`/api/talks/${talk}/`, `/api/talks/${talk}`],
    ] as const) {
      const res = await viaProxy(asked);
      expect(res.status).toBe(301);
      const to = new URL(res.location!, `http://api.example${asked}`);
      expect({ asked, to: to.pathname + to.search }).toEqual({ asked, to: route });
      expect((await fetch(`${server.url}${route}`)).status).toBe(200);
    }
  });

  it('leads to the route under the path a proxy serves the API at', async () => {
    const talk = catalog.talks[0]!.id;
    for (const [asked, route] of [
      ['/api/', '/notes/api'],
      ['/api/posts//?limit=1', '/notes/api/posts?limit=1'],
      [`/api/talks/${talk}/`, `/notes/api/talks/${talk}`],
    ] as const) {
      const { location } = await viaProxy(asked);
      const to = new URL(location!, `https://example.org/notes${asked}`);
      expect({ asked, to: to.href }).toEqual({ asked, to: `https://example.org${route}` });
    }
  });

  it('never redirects to another host', async () => {
    const { location } = await viaProxy('/api//evil.example/');
    expect(location ?? '').not.toMatch(/^\/\//);
    expect(new URL(location ?? '', 'http://api.example/api//evil.example/').host).toBe(
      'api.example',
    );
  });

  it('is still refused for methods other than GET and HEAD', async () => {
    expect((await viaProxy('/api/posts/', 'POST')).status).not.toBe(301);
  });

  it('refuses another method with the 405 the path without it gives, not a 404', async () => {
    for (const path of ['/api/posts', `/api/talks/${catalog.talks[0]!.id}`, '/api']) {
      const bare = await fetch(`${server.url}${path}`, { method: 'POST' });
      const slashed = await fetch(`${server.url}${path}/`, { method: 'POST' });
      expect({ path, status: slashed.status, allow: slashed.headers.get('allow') }).toEqual({
        path,
        status: 405,
        allow: bare.headers.get('allow'),
      });
      expect(await slashed.json()).toEqual(await bare.json());
    }
    expect((await fetch(`${server.url}/api/nothing/`, { method: 'DELETE' })).status).toBe(404);
  });
});
