import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { readConfig } from '../env.ts';
import {
  catalogFileLoader,
  parseCatalogText,
  readCatalogFile,
  readCatalogText,
} from './catalog-file.ts';
import { startServer } from './start-server.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confnotes-catalog-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('CATALOG_FILE', () => {
  it('reads a catalog written as JSON back to the same catalog', async () => {
    const catalog = fixtureCatalog({ posts: 4 });
    const file = join(dir, 'catalog.json');
    await writeFile(file, JSON.stringify(catalog));
    expect(await readCatalogFile(file)).toEqual(catalog);
    const loaded = await catalogFileLoader(file)('/ignored');
    expect(loaded.catalog.posts).toHaveLength(catalog.posts.length);
    // The tag of a file read is the one the preparing worker computes from its bytes.
    const { text } = await readCatalogText(file);
    expect(text.tag).toMatch(/^[0-9a-f]{24}$/);
    expect(parseCatalogText(file, await readFile(file)).text.tag).toBe(text.tag);
  });

  it('serves the file’s own text as the catalog’s JSON, read when asked for, not kept', async () => {
    const catalog = fixtureCatalog({ posts: 2 });
    const file = join(dir, 'text.json');
    // Indented, as no serializer of the catalog would write it: the text is the file's.
    const own = JSON.stringify(catalog, null, 1);
    await writeFile(file, own);
    const { text } = await catalogFileLoader(file)('/ignored');
    expect(typeof text?.json).toBe('function');
    const json = text!.json as () => string;
    expect(json()).toBe(own);
    // Changed since it was read: the catalog being served, not the file's new text.
    await writeFile(file, JSON.stringify(fixtureCatalog({ posts: 5 })));
    expect(json()).toBe(JSON.stringify(catalog));
  });

  it('reads a file too large for one string a list item at a time, to the same catalog', async () => {
    const catalog = fixtureCatalog({ posts: 4 });
    const file = join(dir, 'large.json');
    const text = JSON.stringify(catalog, null, 2);
    await writeFile(file, text);
    const bytes = await readFile(file);
    // As if the longest string were shorter than this file.
    const large = parseCatalogText(file, bytes, undefined, 100);
    expect(large.catalog).toEqual(catalog);
    expect(large.text.json).toBeUndefined();
    expect(large.text.tag).toBe(parseCatalogText(file, bytes).text.tag);
    expect(() =>
      parseCatalogText(file, Buffer.from(`${text.slice(0, -1)},]`), undefined, 100),
    ).toThrow(/is not JSON: .*at byte/);
  });

  it('refuses a file that is not JSON or not a catalog, saying which', async () => {
    const notJson = join(dir, 'broken.json');
    await writeFile(notJson, '{"version": 1, "posts": [');
    await expect(readCatalogFile(notJson)).rejects.toThrow(/is not JSON/);
    const notCatalog = join(dir, 'other.json');
    await writeFile(notCatalog, JSON.stringify({ version: 1, posts: [], talks: [] }));
    await expect(readCatalogFile(notCatalog)).rejects.toThrow(
      /no speakers list\. Write one with `npm run confnotes -- export --out <file>`\.$/,
    );
  });

  it('is read by the server config and served without a content directory', async () => {
    const catalog = fixtureCatalog({ posts: 3 });
    const file = join(dir, 'served.json');
    await writeFile(file, JSON.stringify(catalog));
    expect(() => readConfig({ CATALOG_FILE: join(dir, 'missing.json') })).toThrow(/CATALOG_FILE/);
    const config = readConfig({
      CATALOG_FILE: file,
      CONTENT_DIR: join(dir, 'no-such-dir'),
      PORT: '0',
      SITE_DIR: '',
    });
    const server = await startServer(config, { log: () => {} });
    try {
      const res = await fetch(`${server.url}/api/posts?fields=id`);
      const body = (await res.json()) as { meta: { total: number } };
      expect(body.meta.total).toBe(catalog.posts.length);
    } finally {
      await server.close();
    }
  });
});
