import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('a required text parameter', () => {
  it('says q is required, and how to give it, when it is missing', async () => {
    const res = await fetch(`${server.url}/api/search?type=talk`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; details: object } };
    expect(error.details).toEqual({ parameter: 'q' });
    expect(error.message).toBe('q is required, e.g. ?q=docker');
  });

  it('refuses spaces alone as it refuses an empty value, rather than matching nothing', async () => {
    for (const path of ['/api/search?q=%20%20', '/api/posts?q=%20', '/api/talks?q=+']) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toBe('q must not be empty or only spaces');
    }
    expect((await fetch(`${server.url}/api/search?q=%20docker%20`)).status).toBe(200);
  });
});
