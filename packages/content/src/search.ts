// The search index alone (make, load, query) without the catalog's schemas: what a browser
// needs to search an index file, at a fraction of `@confnotes/content/portable`'s size.

export { commonWords, onlyCommonWords } from './search/index-terms.ts';
export { MIN_PREFIX_LETTERS } from './search/inverted-index.ts';
export type { Highlight, SearchHit, SearchHitType, Snippet } from './search/search-hit.ts';
export {
  type CreateSearchIndexOptions,
  createSearchIndex,
  loadSearchIndex,
  MAX_QUERY_TERMS,
  type SearchIndex,
  type SearchMatch,
  type SearchOptions,
  type SearchResults,
  type SerializedSearchIndex,
  type StoredDocument,
} from './search/search-index.ts';
export { tokenize } from './search/tokenize.ts';
