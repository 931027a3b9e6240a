import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { searchDocuments } from '../search/search-documents.ts';
import { createSearchIndex, loadSearchIndex } from '../search/search-index.ts';
import { searchIndexJson } from './search-index-json.ts';

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
});
