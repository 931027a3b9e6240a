import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSearchIndex } from '@confnotes/content/portable';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../bench/synthetic-catalog.ts';
import { createApp } from '../app.ts';
import { createCatalogHolder } from '../catalog-holder.ts';
import { catalogFileLoader } from './catalog-file.ts';
import { preparedPath, readPreparedCatalog, writePreparedCatalog } from './prepared-catalog.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confnotes-prepared-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const catalog = syntheticCatalog(40);
// A post whose body is not ASCII, so byte offsets and character offsets differ.
catalog.posts[3] = { ...catalog.posts[3]!, text: 'Déploiement 🚀 sans peur', html: '<p>é</p>' };

async function appOf(file: string) {
  const loader = catalogFileLoader(file);
  const loaded = await loader('/ignored');
  return createApp(createCatalogHolder(loaded.catalog, loaded.text), { responseStore: false });
}

async function answers(app: Awaited<ReturnType<typeof appOf>>) {
  const paths = [
    '/api/posts?limit=5',
    '/api/posts?sort=title&fields=id,title',
    `/api/posts/${catalog.posts[3]!.id}`,
    `/api/posts/${catalog.posts[3]!.id}?format=text&include=talks,speakers,event`,
    `/api/posts/${catalog.posts[7]!.id}?format=markdown`,
    '/api/talks?limit=3&sort=-posts',
    '/api/speakers?q=hopper',
    '/api/search?q=docker&limit=7',
    '/api/search?q=deploiement',
    '/api/catalog',
  ];
  return Promise.all(
    paths.map(async (path) => {
      const res = await app.request(path);
      return { path, status: res.status, etag: res.headers.get('etag'), body: await res.text() };
    }),
  );
}

describe('prepared catalog', () => {
  it('answers every route as the whole file does, ETags included', async () => {
    const file = join(dir, 'catalog.json');
    await writeFile(file, JSON.stringify(catalog));
    const whole = await answers(await appOf(file));
    const { text } = await (await import('./catalog-file.ts')).readCatalogText(file);
    writePreparedCatalog(file, catalog, text.tag);
    expect(readPreparedCatalog(file)).toBeDefined();
    const prepared = await answers(await appOf(file));
    expect(prepared).toEqual(whole);
    expect(whole.every((answer) => answer.status === 200)).toBe(true);
  });

  it("reads back every post's body, HTML and text, also ones larger than a write block", async () => {
    const file = join(dir, 'large.json');
    const posts = catalog.posts.map((post, i) =>
      i === 5 ? { ...post, body: `${'ü'.repeat(700_000)} end`, html: 'x'.repeat(1_100_000) } : post,
    );
    const large = { ...catalog, posts };
    await writeFile(file, JSON.stringify(large));
    writePreparedCatalog(file, large, 'tag');
    const read = readPreparedCatalog(file)!.catalog.posts;
    expect(read.map((p) => [p.body, p.html, p.text])).toEqual(
      posts.map((p) => [p.body, p.html, p.text]),
    );
  });

  it('is not used once the catalog file changes', async () => {
    const file = join(dir, 'changing.json');
    await writeFile(file, JSON.stringify(catalog));
    writePreparedCatalog(file, catalog, 'old-tag');
    expect(readPreparedCatalog(file)?.tag).toBe('old-tag');
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    expect(readPreparedCatalog(file)).toBeUndefined();
    const loaded = await catalogFileLoader(file)('/ignored');
    expect(loaded.text?.tag).not.toBe('old-tag');
  });

  it('is not used when its search index was built by other code than the core running', async () => {
    const file = join(dir, 'upgraded.json');
    await writeFile(file, JSON.stringify(catalog));
    // As a server of an earlier version left it: its index lacks what the core makes now.
    writePreparedCatalog(file, catalog, 'tag', undefined, 'earlier-core');
    expect(readPreparedCatalog(file)).toBeUndefined();
    expect(readPreparedCatalog(file, 'earlier-core')?.tag).toBe('tag');
    const loaded = await catalogFileLoader(file)('/ignored');
    expect(loaded.from).toBe('catalog file');
    expect(loaded.text?.search?.()).toBeUndefined();
    writePreparedCatalog(file, catalog, loaded.text!.tag!);
    expect(readPreparedCatalog(file)).toBeDefined();
  });

  it('is written in the background after a start that read the whole file', async () => {
    const file = join(dir, 'background.json');
    await writeFile(file, JSON.stringify(catalog));
    const loader = catalogFileLoader(file, { prepare: true, log: () => {} });
    try {
      await loader('/ignored');
      for (let i = 0; i < 300 && !existsSync(preparedPath(file)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(readPreparedCatalog(file)?.catalog.posts[3]?.text).toBe(catalog.posts[3]!.text);
    } finally {
      await loader.close();
    }
  });
});

describe('a damaged prepared file', () => {
  it('is ignored, and the catalog file is read instead', async () => {
    const { truncate } = await import('node:fs/promises');
    const file = join(dir, 'damaged.json');
    await writeFile(file, JSON.stringify(catalog));
    writePreparedCatalog(file, catalog, 'tag');
    await truncate(preparedPath(file), 5000);
    expect(readPreparedCatalog(file)).toBeUndefined();
    writePreparedCatalog(file, catalog, 'tag');
    const { size } = await (await import('node:fs/promises')).stat(preparedPath(file));
    await truncate(preparedPath(file), size - 10);
    expect(readPreparedCatalog(file)).toBeUndefined();
    const loaded = await catalogFileLoader(file)('/ignored');
    expect(loaded.catalog.posts[3]?.text).toBe(catalog.posts[3]!.text);
  });
});

describe('a start from the whole file', () => {
  it('reads the search index once it is prepared, rather than building it', async () => {
    const file = join(dir, 'late.json');
    await writeFile(file, JSON.stringify(catalog));
    const loaded = await catalogFileLoader(file)('/ignored');
    expect(loaded.from).toBe('catalog file');
    expect(loaded.text?.search?.()).toBeUndefined();
    writePreparedCatalog(file, catalog, loaded.text!.tag!);
    const index = loaded.text?.search?.();
    const built = createSearchIndex(loaded.catalog);
    for (const q of ['docker', 'kubernetes volume', 'hopp']) {
      expect(index?.search(q, { limit: 50 })).toEqual(built.search(q, { limit: 50 }));
    }
    // Prepared from another version of the file: not used.
    writePreparedCatalog(file, catalog, 'another-tag');
    expect(loaded.text?.search?.()).toBeUndefined();
  });
});
