import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('OPTIONS', () => {
  it('says which methods a resource allows, with or without a preflight', async () => {
    const plain = await fetch(`${server.url}/api/posts`, { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const preflight = await fetch(`${server.url}/api/posts`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://reader.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'If-None-Match',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('If-None-Match');
  });

  it('is named in the Allow of a 405, as OPTIONS itself names it', async () => {
    const options = await fetch(`${server.url}/api/talks`, { method: 'OPTIONS' });
    const refused = await fetch(`${server.url}/api/talks`, { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe(options.headers.get('allow'));
    const { error } = (await refused.json()) as { error: { details: { allowed: string[] } } };
    expect(error.details.allowed).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });

  it('is a 404 on a path nothing is served at, as a GET there is, not a list of methods', async () => {
    for (const path of ['/api/nothing', '/api/posts/any-id/talks', '/api/Posts']) {
      const options = await fetch(`${server.url}${path}`, { method: 'OPTIONS' });
      const get = await fetch(`${server.url}${path}`);
      expect({ path, status: options.status, allow: options.headers.get('allow') }).toEqual({
        path,
        status: get.status,
        allow: null,
      });
      expect(options.status).toBe(404);
      const { error } = (await options.json()) as { error: { code: string } };
      expect(error.code).toBe('route_not_found');
      expect(options.headers.get('access-control-allow-origin')).toBe('*');
    }
    for (const path of ['/api', '/api/posts/any-id', '/api/posts/', '/api/openapi.json']) {
      const options = await fetch(`${server.url}${path}`, { method: 'OPTIONS' });
      expect({ path, status: options.status }).toEqual({ path, status: 204 });
    }
  });
});
