import type { Catalog } from '../schema/catalog.ts';

export type { StoredDocument } from './index-bytes.ts';

import { indexFromBytes, indexToBytes, type StoredDocument } from './index-bytes.ts';
import { commonWords, indexTerms } from './index-terms.ts';
import { acceptAll, InvertedIndex } from './inverted-index.ts';
import { type InvertedIndexData, packPostings } from './pack-postings.ts';
import { checkQuery, checkText, checkTypes, notAnIndex } from './search-arguments.ts';
import { type SearchDocument, searchDocuments } from './search-documents.ts';
import type { SearchHit, SearchHitType, Snippet } from './search-hit.ts';
import { highlightAll, makeSnippet, SNIPPET_LENGTH } from './snippet.ts';
import { isAscii } from './tokenize.ts';

/** A record a query matched, ranked, before a snippet is cut for it. */
export interface SearchMatch {
  readonly type: SearchHitType;
  readonly id: string;
  readonly score: number;
}

export interface SearchOptions {
  /** Only these kinds of record; all three when absent. */
  readonly types?: readonly SearchHitType[];
  /** Hits to return, 20 by default (and when NaN); a fraction is rounded down. */
  readonly limit?: number;
  /** Hits to skip first, for paging: none by default (and when NaN); a fraction is rounded down. */
  readonly offset?: number;
}

export interface SearchResults {
  /** How many records matched in all. */
  readonly total: number;
  readonly hits: SearchHit[];
  /**
   * The query's words left out as too common to search (`the`, `and`), as typed: a query of
   * these alone finds nothing, and a search box can say why.
   */
  readonly ignored: readonly string[];
}

// Bumped whenever the terms a text gives change (as when C++ became a term of its own): an index
// of other terms would load without error and find the wrong records.
const INDEX_VERSION = 3;

/** The JSON form of an index, as `SearchIndex.toJSON()` gives it and `loadSearchIndex` takes it. */
export interface SerializedSearchIndex {
  readonly format: 'confnotes-search-index';
  readonly version: 3;
  readonly index: InvertedIndexData;
  readonly documents: readonly StoredDocument[];
}

export interface SearchIndex {
  /** Number of records indexed. */
  readonly size: number;
  /** Every match of `query`, best first, without snippets: cheap enough to filter lists with. */
  match(query: string, options?: Pick<SearchOptions, 'types'>): SearchMatch[];
  /** The ranked hits of `query` with titles and highlighted snippets. */
  search(query: string, options?: SearchOptions): SearchResults;
  /**
   * A snippet of `text` with the words `query` matches marked, as a hit's snippet is made. An
   * index that keeps only the opening of each record (`storedTextLength`) shows that opening for
   * a word found further on: given the record's whole text (a post's `text`, or the text of its
   * page's content, not the page's HTML), this finds the passage with the word.
   * @example index.snippet('volumes', post.text).highlights
   */
  snippet(query: string, text: string): Snippet;
  toJSON(): SerializedSearchIndex;
  /** The index as bytes, for `loadSearchIndex`: far quicker to load than JSON, and smaller. */
  toBytes(): Uint8Array;
}

export interface CreateSearchIndexOptions {
  /**
   * Characters of each record's text kept for snippets (all by default). A browser index can
   * keep fewer to ship a smaller file; a match past the cut then shows the record's opening,
   * and `snippet(query, wholeText)` finds its passage in the whole text, read from elsewhere.
   * A fraction is rounded down, a negative number keeps none and NaN all.
   */
  readonly storedTextLength?: number;
}

/** A query uses at most this many words; the rest are ignored so a pasted paragraph stays fast. */
export const MAX_QUERY_TERMS = 12;

// Counts given to the index (a page's limit and offset, the text kept) often come from a URL or
// a computation (`Number(params.get('limit'))`, a height over a row's): the ranking below
// indexes its results with them, so a fraction would read past the hits it kept, and `slice`
// reads a negative count from the end. NaN counts as not given.
const wholeCount = (value: number | undefined, absent: number) =>
  value === undefined || Number.isNaN(value) ? absent : Math.max(0, Math.floor(value));

function wrap(index: InvertedIndex, stored: readonly StoredDocument[]): SearchIndex {
  // A loaded index whose parts disagree would fail only once a search reached a missing record.
  if (index.packed.documentCount !== stored.length) {
    throw new Error(
      `This search index is damaged: its postings are of ${index.packed.documentCount} records, and it holds ${stored.length}. Write it again with toJSON() or toBytes().`,
    );
  }
  // Per record, whether its text is all ASCII (1), not (2), or not yet known (0): snippets of
  // ASCII text take a quicker path, and finding out means reading the whole text.
  const asciiTexts = new Uint8Array(stored.length);
  // Each record's type in one array, read for every match of a query filtered by type.
  const typeOf = stored.map((record) => record.type);
  const asciiText = (doc: number, text: string) => {
    if (asciiTexts[doc] === 0) asciiTexts[doc] = isAscii(text) ? 1 : 2;
    return asciiTexts[doc] === 1;
  };
  const run = (
    query: string,
    types: readonly SearchHitType[] | undefined,
    offset: number,
    limit: number,
    withTerms = true,
  ) => {
    checkQuery(query);
    checkTypes(types);
    const words = [...new Set(indexTerms(query))].slice(0, MAX_QUERY_TERMS);
    if (words.length === 0) return { total: 0, top: [] };
    const wanted = types ? new Set<string>(types) : undefined;
    const accept = wanted ? (doc: number) => wanted.has(typeOf[doc]!) : acceptAll;
    const all = index.query(words, true, accept, offset, limit, withTerms);
    // Every word must match first; when that finds nothing, any word may.
    if (all.total > 0 || words.length === 1) return all;
    return index.query(words, false, accept, offset, limit, withTerms);
  };
  return {
    get size() {
      return stored.length;
    },
    match(query, options) {
      const { top } = run(query, options?.types, 0, stored.length, false);
      return top.map(({ doc, score }) => ({ type: stored[doc]!.type, id: stored[doc]!.id, score }));
    },
    search(query, options) {
      const offset = wholeCount(options?.offset, 0);
      const limit = wholeCount(options?.limit, 20);
      const { total, top } = run(query, options?.types, offset, limit);
      const hits = top.map(({ doc, score, terms }): SearchHit => {
        const record = stored[doc]!;
        const text = record.text;
        const matched = new Set(terms);
        return {
          type: record.type,
          id: record.id,
          title: record.title,
          ...(record.lang ? { lang: record.lang } : {}),
          ...(record.context ? { context: record.context } : {}),
          titleHighlights: highlightAll(record.title, matched),
          // Four decimals rank as well as all of them, and read as a number, not `55.934400000000004`.
          score: Math.round(score * 1e4) / 1e4,
          snippet: makeSnippet(text, matched, SNIPPET_LENGTH, asciiText(doc, text)),
        };
      });
      return { total, hits, ignored: commonWords(query) };
    },
    snippet(query, text) {
      checkQuery(query);
      checkText(text);
      const words = [...new Set(indexTerms(query))].slice(0, MAX_QUERY_TERMS);
      return makeSnippet(text, new Set(index.termsOf(words)));
    },
    toJSON() {
      return {
        format: 'confnotes-search-index',
        version: INDEX_VERSION,
        index: index.toJSON(),
        documents: stored,
      };
    },
    toBytes() {
      return indexToBytes(index.packed, stored);
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
  return indexDocuments(searchDocuments(catalog), options);
}

/**
 * Builds the search over documents `searchDocuments` made: the part of `createSearchIndex` that
 * needs no catalog, so it can run where only the documents were sent (a worker thread).
 * @example indexDocuments(searchDocuments(catalog)).size === catalog.posts.length + catalog.talks.length + catalog.speakers.length
 */
export function indexDocuments(
  docs: readonly SearchDocument[],
  options: CreateSearchIndexOptions = {},
): SearchIndex {
  // `slice` reads -1 as "all but the last character" and NaN as 0.
  const cut = wholeCount(options.storedTextLength, Number.POSITIVE_INFINITY);
  const stored = docs.map(
    ({ type, id, title, text, lang, context }): StoredDocument => ({
      type,
      id,
      title,
      ...(lang ? { lang } : {}),
      ...(context ? { context } : {}),
      // Last, as the bytes' records read it: the JSON of either form is the same.
      text: text.length > cut ? text.slice(0, cut) : text,
    }),
  );
  return wrap(new InvertedIndex(packPostings(docs)), stored);
}

/**
 * Restores an index from its JSON form, e.g. a file the site built with `JSON.stringify(index)`,
 * or from the bytes of `toBytes()` (a `Uint8Array`, or the `ArrayBuffer` a response gives).
 * @example const index = loadSearchIndex(await (await fetch('/search-index.json')).json())
 */
export function loadSearchIndex(
  json: SerializedSearchIndex | string | Uint8Array | ArrayBuffer,
): SearchIndex {
  const input = json instanceof ArrayBuffer ? new Uint8Array(json) : json;
  if (input instanceof Uint8Array) {
    const { packed, documents } = indexFromBytes(input);
    return wrap(new InvertedIndex(packed), documents);
  }
  const data = (
    typeof input === 'string' ? JSON.parse(input) : input
  ) as Partial<SerializedSearchIndex> | null;
  if (data?.format !== 'confnotes-search-index' || !data.index || !data.documents) {
    throw notAnIndex(data);
  }
  if (data.version !== INDEX_VERSION) {
    throw new Error(
      `This search index is version ${data.version}; this reader needs version ${INDEX_VERSION}. Rebuild it with createSearchIndex(catalog).toJSON().`,
    );
  }
  return wrap(InvertedIndex.fromJSON(data.index), data.documents);
}
