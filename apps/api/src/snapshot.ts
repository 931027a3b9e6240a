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
  /** Changes whenever any byte of the catalog changes. */
  readonly tag: string;
  /** When this catalog was built, as an HTTP date. */
  readonly lastModified: string;
  readonly catalogJson: string;
}

/** 32-bit FNV-1a over UTF-16 code units: cheap, and with the length and a second seed, enough to tell catalogs apart. */
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

/**
 * Prepares a catalog for serving. The catalog must not change afterwards: reloading builds a new
 * snapshot and swaps it in whole.
 */
export function createSnapshot(catalog: Catalog, builtAt: Date = new Date()): Snapshot {
  const catalogJson = JSON.stringify(catalog);
  const tag = [
    fnv1a(catalogJson).toString(36),
    fnv1a(catalogJson, 0x01234567).toString(36),
    catalogJson.length.toString(36),
  ].join('');
  const postSummaries = catalog.posts.map(summarizePost);
  const seconds = new Date(Math.floor(builtAt.getTime() / 1000) * 1000);
  return {
    catalog,
    index: indexCatalog(catalog),
    search: createSearchIndex(catalog),
    postSummaries,
    postSummaryById: new Map(postSummaries.map((post) => [post.id, post])),
    tag,
    lastModified: seconds.toUTCString(),
    catalogJson,
  };
}
