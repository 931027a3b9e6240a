// MiniSearch: a small, dependency-free, pure-JS full-text index (BM25 scoring, prefix and fuzzy
// matching) whose index serialises to plain JSON, so the static site can ship it as a file and
// load it in the browser without rebuilding.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Catalog } from '../schema/catalog.ts';
import { type SearchDocument, searchDocuments } from './search-documents.ts';
import type { SearchHit, SearchHitType } from './search-hit.ts';
import { highlightAll, makeSnippet } from './snippet.ts';
import { normalizeTerm, tokenize } from './tokenize.ts';

/** A record a query matched, ranked, before a snippet is cut for it. */
export interface SearchMatch {
  readonly type: SearchHitType;
  readonly id: string;
  readonly score: number;
  /** The indexed terms that matched (after prefix and fuzzy expansion), for highlighting. */
  readonly terms: readonly string[];
}

export interface SearchOptions {
  /** Only these kinds of record; all three when absent. */
  readonly types?: readonly SearchHitType[];
  /** Hits to return, 20 by default. */
  readonly limit?: number;
  /** Hits to skip first, for paging. */
  readonly offset?: number;
}

export interface SearchResults {
  /** How many records matched in all. */
  readonly total: number;
  readonly hits: SearchHit[];
}

/** The JSON form of an index, as `SearchIndex.toJSON()` gives it and `loadSearchIndex` takes it. */
export interface SerializedSearchIndex {
  readonly format: 'confnotes-search-index';
  readonly version: 1;
  readonly index: AsPlainObject;
}

export interface SearchIndex {
  /** Number of records indexed. */
  readonly size: number;
  /** Every match of `query`, best first, without snippets: cheap enough to filter lists with. */
  match(query: string, options?: Pick<SearchOptions, 'types'>): SearchMatch[];
  /** The ranked hits of `query` with titles and highlighted snippets. */
  search(query: string, options?: SearchOptions): SearchResults;
  toJSON(): SerializedSearchIndex;
}

export interface CreateSearchIndexOptions {
  /**
   * Characters of each record's text kept for snippets (all by default). A browser index can
   * keep fewer to ship a smaller file; a match past the cut then shows the record's opening.
   */
  readonly storedTextLength?: number;
}

/** A query uses at most this many words; the rest are ignored so a pasted paragraph stays fast. */
export const MAX_QUERY_TERMS = 12;

// Words so common in English prose that matching them ranks nothing; a query made only of them
// matches nothing rather than every record.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);

function processTerm(term: string): string | null {
  const normalized = normalizeTerm(term);
  return STOP_WORDS.has(normalized) ? null : normalized;
}

// The index keeps the text a snippet is cut from apart from the text it indexes, so a browser
// index can store less of it without losing matches.
type IndexedDocument = SearchDocument & { readonly snippetText: string };
type StoredFields = Pick<IndexedDocument, 'type' | 'id' | 'title' | 'snippetText'>;

function miniSearchOptions(): Options<IndexedDocument> {
  return {
    idField: 'key',
    fields: ['title', 'keywords', 'text'],
    storeFields: ['type', 'id', 'title', 'snippetText'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, keywords: 2 },
      // Prefix matching lets `dock` find `docker` as the reader types; fuzzy matching forgives a
      // typo in a longer word. Short words get neither: they would match half the vocabulary.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
    },
  };
}

function limitTerms(query: string): string {
  return tokenize(query).slice(0, MAX_QUERY_TERMS).join(' ');
}

function wrap(mini: MiniSearch<IndexedDocument>): SearchIndex {
  const run = (query: string, types?: readonly SearchHitType[]): SearchResult[] => {
    const text = limitTerms(query);
    if (text === '') return [];
    const wanted = types ? new Set<string>(types) : undefined;
    const filter = wanted ? (result: SearchResult) => wanted.has(result.type as string) : undefined;
    const all = mini.search(text, filter ? { filter } : {});
    // Every word must match first; when that finds nothing, any word may.
    if (all.length > 0 || !text.includes(' ')) return all;
    return mini.search(text, filter ? { filter, combineWith: 'OR' } : { combineWith: 'OR' });
  };
  return {
    get size() {
      return mini.documentCount;
    },
    match(query, options = {}) {
      return run(query, options.types).map((result) => ({
        type: result.type as SearchHitType,
        id: result.id as string,
        score: result.score,
        terms: result.terms,
      }));
    },
    search(query, options = {}) {
      const results = run(query, options.types);
      const offset = Math.max(0, options.offset ?? 0);
      const limit = Math.max(0, options.limit ?? 20);
      const hits = results.slice(offset, offset + limit).map((result): SearchHit => {
        const stored = result as unknown as StoredFields & SearchResult;
        const terms = new Set(result.terms);
        return {
          type: stored.type,
          id: stored.id,
          title: stored.title,
          titleHighlights: highlightAll(stored.title, terms),
          score: result.score,
          snippet: makeSnippet(stored.snippetText, terms),
        };
      });
      return { total: results.length, hits };
    },
    toJSON() {
      return { format: 'confnotes-search-index', version: 1, index: mini.toJSON() };
    },
  };
}

/**
 * Builds one ranked search over the posts, talks and speakers of a catalog.
 * @example
 * const index = createSearchIndex(catalog);
 * index.search('docker', { types: ['talk'], limit: 5 }).hits[0]?.snippet.highlights
 */
export function createSearchIndex(
  catalog: Catalog,
  options: CreateSearchIndexOptions = {},
): SearchIndex {
  const mini = new MiniSearch<IndexedDocument>(miniSearchOptions());
  const cut = options.storedTextLength;
  const docs = searchDocuments(catalog);
  mini.addAll(
    docs.map((doc) => ({
      ...doc,
      snippetText: cut === undefined ? doc.text : doc.text.slice(0, cut),
    })),
  );
  return wrap(mini);
}

/**
 * Restores an index from its JSON form, e.g. a file the site built with `JSON.stringify(index)`.
 * @example const index = loadSearchIndex(await (await fetch('/search-index.json')).json())
 */
export function loadSearchIndex(json: SerializedSearchIndex | string): SearchIndex {
  const data = (
    typeof json === 'string' ? JSON.parse(json) : json
  ) as Partial<SerializedSearchIndex>;
  if (data?.format !== 'confnotes-search-index' || data.version !== 1 || !data.index) {
    throw new Error(
      'This is not a confnotes search index (version 1). Rebuild it with createSearchIndex(catalog).toJSON().',
    );
  }
  return wrap(MiniSearch.loadJS(data.index, miniSearchOptions()));
}
