// The search index itself, as `@confnotes/content/search` gives it (here with the schemas
// of `Highlight` and `SearchHit` too, exported below).
export * from '../search.ts';
export { indexTerms } from './index-terms.ts';
export { InvertedIndex } from './inverted-index.ts';
export { buildInvertedIndex, type InvertedIndexData } from './pack-postings.ts';
export { type SearchDocument, searchDocuments, talkDisplayTitle } from './search-documents.ts';
export { Highlight, SearchHit, SearchHitType, Snippet } from './search-hit.ts';
export { highlightAll, makeSnippet, SNIPPET_LENGTH } from './snippet.ts';
export { normalizeTerm, type TokenSpan, tokenize, tokenSpans } from './tokenize.ts';
