import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

const messageOf = async (query: string) => {
  const res = await fetch(`${server.url}/api/posts?${query}`);
  expect(res.status).toBe(400);
  return ((await res.json()) as { error: { message: string } }).error.message;
};

describe('a parameter given twice', () => {
  it('is told to use commas only where a comma makes a list', async () => {
    expect(await messageOf('fields=id&fields=title')).toBe(
      'fields is given more than once; give it once, its values comma-separated (fields=a,b)',
    );
    // tag=a,b would be the one tag "a,b": told to use commas, a client would get no posts.
    const tag = await messageOf('tag=docker&tag=kubernetes');
    expect(tag).toBe('tag is given more than once; give it once: it takes a single value');
    expect(tag).not.toMatch(/comma/);
  });
});

describe('a parameter with no name', () => {
  it('is refused on every route, as on those that take no parameter', async () => {
    for (const path of ['/api/posts?=docker', '/api/posts?limit=1&=5', '/api/talks/stateful?=x']) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(/has no name/);
    }
  });
});
