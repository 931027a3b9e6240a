import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('a 404 for an id', () => {
  it('says where the ids are listed and, for what search finds, how to search', async () => {
    const res = await fetch(`${server.url}/api/talks/no-such-talk`);
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: { message: string; details: object } };
    expect(error.details).toEqual({ resource: 'talk', id: 'no-such-talk', list: '/api/talks' });
    expect(error.message).toBe(
      'No talk has the id "no-such-talk". Look it up at /api/talks, or search for it with /api/search?q=<words>.',
    );
  });
});
