import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../../test/fixture-catalog.ts';
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

describe('an id in a path', () => {
  it('fetches every record a list shows, however long its id', async () => {
    // A post's id is its file name's: nothing cuts it at 200 characters.
    const id = `${'a-very-long-file-name-'.repeat(12)}recap`;
    const catalog = fixtureCatalog();
    const long = await serveApp({ ...catalog, posts: [...catalog.posts, makePost(id)] });
    try {
      const list = await fetch(`${long.url}/api/posts?limit=100&fields=id`);
      const { data } = (await list.json()) as { data: { id: string }[] };
      expect(data.map((post) => post.id)).toContain(id);
      const detail = await fetch(`${long.url}/api/posts/${id}`);
      expect({ length: id.length, status: detail.status }).toEqual({
        length: id.length,
        status: 200,
      });
    } finally {
      await long.close();
    }
  });
});
