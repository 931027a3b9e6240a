import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex, loadSearchIndex, type SerializedSearchIndex } from './search-index.ts';

const json = JSON.parse(JSON.stringify(createSearchIndex(catalog))) as SerializedSearchIndex;

describe('an index whose records and postings disagree', () => {
  it('is refused when loaded, not when a search reaches a record it lacks', () => {
    const cut = { ...json, documents: json.documents.slice(0, 2) };
    expect(() => loadSearchIndex(cut)).toThrow(
      `This search index is damaged: its postings are of ${json.documents.length} records, and it holds 2. Write it again with toJSON() or toBytes().`,
    );
  });

  it('is loaded when they agree', () => {
    expect(loadSearchIndex(json).size).toBe(json.documents.length);
  });
});
