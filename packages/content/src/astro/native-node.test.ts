import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../node/load-catalog.ts';
import { searchIndexJson } from '../node/search-index-json.ts';
import { searchDocuments } from '../search/search-documents.ts';
import { nativeLoadCatalog, nativeSearchIndexJson } from './native-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-native-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'posts'));
writeFileSync(
  join(dir, 'posts', 'day-one.md'),
  '---\ntitle: WidgetConf day one\n---\nIda Moss spoke about **Gentle Gears**.\n',
);

describe('nativeLoadCatalog', () => {
  it('loads the core outside the module runner that imports this file, and it reads content', async () => {
    const load = await nativeLoadCatalog();
    // Node's own copy of the module, not the one this test's runner transformed.
    expect(load).not.toBe(loadCatalog);
    const { catalog } = await load(dir, { workers: 1, cacheDir: false });
    expect(catalog.posts.map((p) => p.title)).toEqual(['WidgetConf day one']);
    expect(catalog.talks.map((t) => t.title)).toContain('Gentle Gears');
  });

  it('loads the search index builder natively too, and it indexes the catalog', async () => {
    const index = await nativeSearchIndexJson();
    expect(index).not.toBe(searchIndexJson);
    const { catalog } = await loadCatalog(dir, { workers: 1, cacheDir: false });
    const { json, documents } = await index(searchDocuments(catalog));
    expect(documents).toBe(catalog.posts.length + catalog.talks.length + catalog.speakers.length);
    expect(json).toContain('Gentle Gears');
  });
});
