import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../test/fixture-catalog.ts';
import type { Json } from '../test/harness.ts';
import { serveApp } from '../test/serve-app.ts';
import { createApp } from './app.ts';
import { createCatalogHolder } from './catalog-holder.ts';

describe('catalog holder', () => {
  it('swaps a fully built snapshot in one step', () => {
    const catalog = fixtureCatalog({ posts: 3 });
    const holder = createCatalogHolder(catalog);
    const old = holder.current();
    const next = { ...catalog, posts: [...catalog.posts, makePost('new-post')] };
    const built = holder.replace(next);
    expect(holder.current()).toBe(built);
    expect(built.index.posts.get('new-post')).toBeDefined();
    expect(built.search.search('new').hits.map((h) => h.id)).toContain('new-post');
    expect(old.index.posts.get('new-post')).toBeUndefined();
    expect(built.tag).not.toBe(old.tag);
  });

  it('finishes a request on the snapshot it started with', async () => {
    const catalog = fixtureCatalog({ posts: 3 });
    const holder = createCatalogHolder(catalog);
    let calls = 0;
    // The app reads the source once per request: swapping between two reads of one request
    // would show up as a mixed answer.
    const source = {
      current: () => {
        calls++;
        return holder.current();
      },
    };
    const app = createApp(source);
    const res = await app.request('/api/posts?limit=100&fields=id');
    expect(calls).toBe(1);
    expect(((await res.json()) as Json).meta.total).toBe(catalog.posts.length);
  });

  it('keeps Last-Modified, and answers If-Modified-Since with 304, across a reload of the same catalog', async () => {
    const catalog = fixtureCatalog({ posts: 3 });
    const holder = createCatalogHolder(catalog);
    const server = await serveApp(holder);
    try {
      const first = await fetch(`${server.url}/api/posts`);
      const lastModified = first.headers.get('last-modified')!;
      // Last-Modified counts whole seconds: a new one would differ after this.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      holder.replace(structuredClone(catalog));
      const again = await fetch(`${server.url}/api/posts`);
      expect(again.headers.get('last-modified')).toBe(lastModified);
      const conditional = await fetch(`${server.url}/api/posts?limit=5`, {
        headers: { 'If-Modified-Since': lastModified },
      });
      expect(conditional.status).toBe(304);
    } finally {
      await server.close();
    }
  });
});
