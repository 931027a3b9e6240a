import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { searchDocuments } from '../search/search-documents.ts';
import { createSearchIndex, loadSearchIndex } from '../search/search-index.ts';
import { readChecked, writeChecked } from './checked-file.ts';
import { threadExits } from './fixtures/thread-exits.ts';
import { searchIndexJson } from './search-index-json.ts';
import { searchIndexKey, searchIndexText } from './search-index-text.ts';

describe('searchIndexJson', () => {
  it('gives the JSON text of the index createSearchIndex builds, whichever thread makes it', async () => {
    const options = { storedTextLength: 50 };
    const { json, documents } = await searchIndexJson(searchDocuments(catalog), options);
    expect(json).toBe(JSON.stringify(createSearchIndex(catalog, options)));
    expect(documents).toBe(catalog.posts.length + catalog.talks.length + catalog.speakers.length);
    const index = loadSearchIndex(json);
    const speaker = catalog.speakers[0]!;
    expect(index.search(speaker.name).hits.map((h) => h.id)).toContain(speaker.id);
  });

  it('makes a large index on a worker thread, the same text as on this one', async () => {
    const one = searchDocuments(catalog);
    // Enough records to be indexed on a thread of its own.
    const many = Array.from({ length: Math.ceil(3000 / one.length) }, (_, k) =>
      one.map((d) => ({ ...d, key: `${d.key}-${k}`, id: `${d.id}-${k}` })),
    ).flat();
    const options = { storedTextLength: 50 };
    let made = { json: '', documents: 0 };
    // The thread ends by itself once it has answered.
    expect(await threadExits(async () => (made = await searchIndexJson(many, options)))).toEqual([
      0,
    ]);
    const { json, documents } = made;
    expect(documents).toBe(many.length);
    expect(json).toBe(searchIndexText({ documents: many, options }));
  });
});

describe('searchIndexText', () => {
  it('makes the index again when the code that indexes changed, though the documents did not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confnotes-index-text-'));
    try {
      const documents = searchDocuments(catalog);
      const options = { storedTextLength: 50 };
      const cacheFile = join(dir, 'index.json');
      // Kept by a build whose code cut words into other terms.
      writeChecked(cacheFile, searchIndexKey(options, documents, 'another version'), '"stale"');
      const json = searchIndexText({ documents, options, cacheFile });
      expect(json).toBe(JSON.stringify(createSearchIndex(catalog, options)));
      // And kept for the next build of this code.
      expect(readChecked(cacheFile, searchIndexKey(options, documents))).toBe(json);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
