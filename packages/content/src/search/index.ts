export {
  buildInvertedIndex,
  InvertedIndex,
  type InvertedIndexData,
  indexTerms,
} from './inverted-index.ts';
export { type SearchDocument, searchDocuments, talkDisplayTitle } from './search-documents.ts';
export { Highlight, SearchHit, SearchHitType, Snippet } from './search-hit.ts';
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
} from './search-index.ts';
export { highlightAll, makeSnippet, SNIPPET_LENGTH } from './snippet.ts';
export { normalizeTerm, type TokenSpan, tokenize, tokenSpans } from './tokenize.ts';
