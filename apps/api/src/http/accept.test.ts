import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';
import { acceptsJson } from './accept.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

const get = (path: string, accept?: string) =>
  fetch(`${server.url}${path}`, accept === undefined ? {} : { headers: { accept } });

describe('Accept', () => {
  it('answers 406, saying what the API serves, to a client that refuses JSON', async () => {
    for (const accept of ['application/xml', 'text/html', 'application/json;q=0, */*', '*/*;q=0']) {
      const res = await get('/api/posts', accept);
      expect({ accept, status: res.status }).toEqual({ accept, status: 406 });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const { error } = (await res.json()) as { error: { code: string; details: object } };
      expect(error.code).toBe('not_acceptable');
      expect(error.details).toEqual({ available: ['application/json'] });
    }
  });

  it('answers 406 even once the same answer is stored for other clients', async () => {
    expect((await get('/api/talks?limit=3')).status).toBe(200);
    expect((await get('/api/talks?limit=3')).status).toBe(200);
    expect((await get('/api/talks?limit=3', 'text/csv')).status).toBe(406);
    expect((await get('/api/talks?limit=3', 'text/csv')).status).toBe(406);
  });

  it('serves JSON to every client that takes it, and the reference as HTML', async () => {
    const accepts = [
      'application/json',
      'application/json; charset=utf-8',
      'application/*',
      'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'application/json, text/plain, */*',
      '',
      ',,,',
    ];
    for (const accept of accepts) {
      const res = await get('/api/posts?limit=1', accept);
      expect({ accept, status: res.status }).toEqual({ accept, status: 200 });
    }
    expect((await get('/api/docs', 'text/html')).status).toBe(200);
    const openapi = 'application/vnd.oai.openapi+json;version=3.1';
    for (let i = 0; i < 2; i++) expect((await get('/api/openapi.json', openapi)).status).toBe(200);
  });
});

describe('acceptsJson', () => {
  it('lets the most specific range decide', () => {
    expect(acceptsJson(undefined)).toBe(true);
    expect(acceptsJson('application/json;q=0, */*')).toBe(false);
    expect(acceptsJson('*/*;q=0, application/json')).toBe(true);
    expect(acceptsJson('application/*;q=0.1')).toBe(true);
    expect(acceptsJson('text/*')).toBe(false);
    // Nothing that names a type is as if the header was not sent.
    expect(acceptsJson(',,,')).toBe(true);
    expect(acceptsJson('json')).toBe(true);
  });
});
