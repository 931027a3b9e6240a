import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';

const index = createSearchIndex(catalog);
const stored = loadSearchIndex(index.toBytes());

describe('a query that is not a string', () => {
  it.each([
    [null, 'not null'],
    [undefined, 'not undefined'],
    [42, 'not number'],
  ])('%o is refused by search and match with a TypeError that says what to pass', (query, what) => {
    for (const ask of [
      () => index.search(query as never),
      () => index.match(query as never),
      () => stored.search(query as never),
    ]) {
      expect(ask).toThrow(TypeError);
      expect(ask).toThrow(`A search query must be a string, ${what}: pass '' to find nothing.`);
    }
  });

  it('an empty string still finds nothing', () => {
    expect(index.search('')).toEqual({ total: 0, hits: [], ignored: [] });
  });
});
