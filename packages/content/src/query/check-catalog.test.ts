import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/catalog.ts';
import { createSearchIndex } from '../search/search-index.ts';
import { postsByTag } from './filters.ts';
import { fixtureCatalog as catalog } from './fixtures/catalog.ts';
import { getTalk } from './lookups.ts';
import { talksOfSpeaker } from './relations.ts';

// What loadCatalog resolves to: the catalog is one of its fields.
const loaded = { catalog, diagnostics: catalog.diagnostics, key: 'k' } as unknown as Catalog;

describe('a query or search given something other than a catalog', () => {
  it("says to pass loadCatalog's catalog when given its whole result", () => {
    for (const ask of [
      () => talksOfSpeaker(loaded, 'john-fiedler'),
      () => getTalk(loaded, 'docker-in-production'),
      () => createSearchIndex(loaded),
    ]) {
      expect(ask).toThrow(TypeError);
      expect(ask).toThrow(/the result of loadCatalog.*const \{ catalog \} = await loadCatalog/);
    }
  });

  it('says what it was given when it is no catalog at all', () => {
    expect(() => postsByTag(undefined as never, 'docker')).toThrow(
      /needs a catalog.*not undefined/,
    );
    expect(() => createSearchIndex({ posts: [] } as never)).toThrow(
      /needs a catalog.*no list of talks/,
    );
  });

  it('still takes a catalog', () => {
    expect(talksOfSpeaker(catalog, 'john-fiedler').map((t) => t.id)).toEqual([
      'docker-in-production',
    ]);
  });
});
