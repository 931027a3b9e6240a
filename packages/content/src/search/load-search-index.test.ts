import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';

const index = createSearchIndex(catalog);

describe('loadSearchIndex, given what fetch gives', () => {
  it('reads the ArrayBuffer of a response, as it reads the bytes', async () => {
    const response = new Response(index.toBytes());
    const loaded = loadSearchIndex(await response.arrayBuffer());
    expect(loaded.search('docker production')).toEqual(index.search('docker production'));
  });

  it('says a response is to be read first, rather than that the index must be rebuilt', () => {
    const response = new Response(JSON.stringify(index));
    expect(() => loadSearchIndex(response as never)).toThrow(
      /a Response: read its body first \(await response\.json\(\)/,
    );
    expect(() => loadSearchIndex(null as never)).toThrow(/not null/);
    expect(() => loadSearchIndex(catalog as never)).toThrow(/not a confnotes search index/);
  });
});
