import {
  type Catalog,
  type CatalogIndex,
  createSearchIndex,
  indexCatalog,
  type SearchIndex,
} from '@confnotes/content/portable';
import type { PostSummary } from './schemas/records.ts';

/**
 * Everything the routes need about one catalog, computed once when it is loaded: lookups, the
 * search index, the version tag behind every ETag, and the whole export as JSON.
 */
export interface Snapshot {
  readonly catalog: Catalog;
  readonly index: CatalogIndex;
  readonly search: SearchIndex;
  readonly postSummaries: readonly PostSummary[];
  readonly postSummaryById: ReadonlyMap<string, PostSummary>;
  /** The records answers are made of (post summaries, talks, speakers, events), whose JSON is kept. */
  readonly records: WeakSet<object>;
  /** Changes whenever any byte of the catalog changes. */
  readonly tag: string;
  /** When this catalog was built, as an HTTP date. */
  readonly lastModified: string;
  readonly catalogJson: string;
}

/** 32-bit FNV-1a over UTF-16 code units: cheap, and with the length and a second hash, enough to tell catalogs apart. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function summarizePost(post: Catalog['posts'][number]): PostSummary {
  const { body: _body, html: _html, text: _text, ...summary } = post;
  return summary;
}

/** Two 32-bit hashes of a text in one pass: FNV-1a, and a multiply-rotate hash with another seed. */
function versionTag(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${text.length.toString(36)}`;
}

/** What is already known of a catalog read from JSON text, so it is not computed again. */
export interface CatalogText {
  /** The catalog as JSON: the body of `/api/catalog`. */
  readonly json?: string | undefined;
  /** A digest of that text, as the version tag; a hash of `json` when absent. */
  readonly tag?: string | undefined;
}

/**
 * Prepares a catalog for serving. The catalog must not change afterwards: reloading builds a new
 * snapshot and swaps it in whole. `text`, when the catalog was just read from JSON, saves
 * writing and hashing it again.
 *
 * The search index is built when first used: it is the costliest part (seconds for 50,000
 * posts), and lists, details and the catalog are served without it.
 */
export function createSnapshot(
  catalog: Catalog,
  builtAt: Date = new Date(),
  text: CatalogText = {},
): Snapshot {
  const json = text.json ?? JSON.stringify(catalog);
  const postSummaries = catalog.posts.map(summarizePost);
  const seconds = new Date(Math.floor(builtAt.getTime() / 1000) * 1000);
  let search: SearchIndex | undefined;
  return {
    catalog,
    index: indexCatalog(catalog),
    get search() {
      search ??= createSearchIndex(catalog);
      return search;
    },
    postSummaries,
    postSummaryById: new Map(postSummaries.map((post) => [post.id, post])),
    records: new WeakSet<object>([
      ...postSummaries,
      ...catalog.talks,
      ...catalog.speakers,
      ...catalog.events,
    ]),
    tag: text.tag ?? versionTag(json),
    lastModified: seconds.toUTCString(),
    catalogJson: json,
  };
}
