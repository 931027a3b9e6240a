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

describe('a parameter whose escapes are not UTF-8', () => {
  it('is refused, naming it and the escape, where it matched nothing without a word', async () => {
    // café sent in Latin-1, as an old form or a client encoding Latin-1 text does.
    expect(await messageOf('q=caf%E9')).toBe(
      'q holds %E9, which is not UTF-8; percent-encode the UTF-8 bytes of each character, as encodeURIComponent does (é is %C3%A9, not %E9)',
    );
    const res = await fetch(`${server.url}/api/posts?limit=5&tag=%ff%fe`);
    expect(((await res.json()) as { error: { details: unknown } }).error.details).toEqual({
      parameter: 'tag',
    });
    // A name with a % that starts no escape is named as sent.
    expect(await messageOf('a%+b=%E9')).toMatch(/^a% b holds %E9/);
  });

  it('passes UTF-8 escapes and a % that starts no escape', async () => {
    for (const query of ['q=caf%C3%A9', 'tag=100%', 'tag=100%25'])
      expect((await fetch(`${server.url}/api/posts?${query}`)).status, query).toBe(200);
  });
});
