import {
  createSearchIndex,
  type SearchHit,
  type SearchIndex,
  type Snippet,
} from '@confnotes/content/portable';
import { visible } from '../render/visible.ts';
import type { CatalogIndex } from './catalog-index.ts';
import type { Row } from './list-rows.ts';

// Words searched in the text of every post, talk and speaker, with the catalog's own search (the
// one the site and the API answer with), where the list filter looks at titles only.

/** Hits shown at most: past a few hundred, a narrower search is quicker than scrolling. */
const LIMIT = 500;

// Built when F is first pressed: indexing the text of a 10,000-post catalog takes seconds, which
// no one who never searches should wait for, and which the screen says before they start.
const indexes = new WeakMap<CatalogIndex, SearchIndex>();
let last: { index: CatalogIndex; query: string; found: Found } | undefined;

/** The hits shown, best first, and how many records matched in all. */
export type Found = {
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** The words left out as too common to search (`the`), as typed. */
  readonly ignored: readonly string[];
};

/** Whether the text of the catalog is indexed, so that a search answers at once. */
export const fullTextReady = (index: CatalogIndex) => indexes.has(index);

/** Indexes the text of the catalog, if it is not yet: seconds for a large one. */
export function prepareFullText(index: CatalogIndex): void {
  if (!indexes.has(index)) indexes.set(index, createSearchIndex(index.catalog));
}

/**
 * The hits of `query` in the catalog, best first: every word must match, or any when none
 * matches all, as the site's search does. Indexes the catalog first if need be.
 */
export function fullTextHits(index: CatalogIndex, query: string): Found {
  if (!query.trim()) return { hits: [], total: 0, ignored: [] };
  if (last?.index === index && last.query === query) return last.found;
  prepareFullText(index);
  const found = indexes.get(index)!.search(query, { limit: LIMIT });
  last = { index, query, found };
  return found;
}

/** Characters of a passage kept before the first word found: a few words to read it among. */
const LEAD = 24;

/**
 * A hit's passage from a few words before the first word found. A snippet is longer than the
 * room a row leaves it (180 characters, where an 80-column row has 30 or 40 to spare), and cut
 * from its start the row showed words around the one searched for, not the word itself.
 */
function passageOf({ text, highlights }: Snippet): string {
  const first = highlights[0]?.start ?? 0;
  if (first <= LEAD) return text;
  // From the first space in the lead, so that no word is cut.
  const space = text.slice(first - LEAD, first).search(/\s/);
  const start = space < 0 ? first : first - LEAD + space + 1;
  return `…${text.slice(start)}`;
}

/**
 * A hit as a list row: its kind and title, then what tells it from others of its title (a
 * talk's event, a post's byline) and the passage where the words were found.
 */
export function hitRow(hit: SearchHit): Row {
  const title = visible(`${hit.type}  ${hit.title}`);
  const passage = visible(passageOf(hit.snippet).replace(/\s+/g, ' '));
  return {
    id: `${hit.type}:${hit.id}`,
    title,
    detail: hit.context ? `${visible(hit.context)} · ${passage}` : passage,
    date: '',
    count: 0,
    lowerTitle: title,
    lowerAll: title,
  };
}
