import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';
import { serveApp } from '../../test/serve-app.ts';

const { app, get } = await harness();

describe('GET /api', () => {
  it('gives the catalog served, as the health check counts it', async () => {
    const { status, body } = await get('/api');
    expect(status).toBe(200);
    const { builtAt: _, ...counted } = (await get('/healthz')).body.catalog;
    expect(body.catalog).toEqual(counted);
  });

  it('names a path for every resource, and each one answers', async () => {
    const { links } = (await get('/api')).body as { links: Record<string, string> };
    expect(Object.keys(links)).toEqual(
      expect.arrayContaining(['posts', 'talks', 'speakers', 'events', 'search', 'openapi']),
    );
    for (const [name, path] of Object.entries(links)) {
      // A detail's id is the first of its list's.
      const list = /^(\/api\/\w+)\/\{id\}$/.exec(path)?.[1];
      const id = list ? (await get(list)).body.data[0].id : '';
      const url = path.replace('{id}', encodeURIComponent(id)).replace('{query}', 'docker');
      // Not through `get`: the OpenAPI document and the reference are not described in it.
      expect({ name, status: (await app.request(url)).status }).toEqual({ name, status: 200 });
    }
  });
});

describe('GET /api over HTTP', () => {
  it('refuses a query parameter, as every route does, instead of ignoring it', async () => {
    const server = await serveApp((await harness()).catalog);
    try {
      const res = await fetch(`${server.url}/api?limit=5`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { details: object } }).error.details).toEqual({
        parameter: 'limit',
      });
    } finally {
      await server.close();
    }
  });
});
