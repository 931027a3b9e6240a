import {
  articleLinks,
  type Catalog,
  type CatalogIndex,
  catalogJson,
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
  /** The catalog's relations, made on first use: a list of posts or a detail does not need them. */
  readonly index: CatalogIndex;
  readonly postById: ReadonlyMap<string, Catalog['posts'][number]>;
  readonly search: SearchIndex;
  /**
   * Resolves once `search` can be read without building the index here, when an index is being
   * stored for this catalog (waiting at most `SEARCH_WAIT_MS`); at once otherwise.
   */
  searchReady(): Promise<void>;
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

/**
 * A post without its body in any form, keys in the post's order; each link that `linked` finds
 * another post for names that post's id.
 */
export function summarizePost(
  post: Catalog['posts'][number],
  linked: (
    from: Catalog['posts'][number],
    href: string,
  ) => { post: { id: string } } | undefined = () => undefined,
): PostSummary {
  // Copied key by key rather than destructured: a prepared catalog reads a post's body from disk
  // when the property is read, and a summary must not read it.
  const summary: Record<string, unknown> = {};
  for (const key of Object.keys(post)) {
    if (key === 'links')
      summary[key] = post.links.map((link) => {
        const to = linked(post, link.url)?.post.id;
        return to === undefined ? link : { ...link, post: to };
      });
    else if (key !== 'body' && key !== 'html' && key !== 'text') {
      summary[key] = post[key as keyof typeof post];
    }
  }
  return summary as PostSummary;
}

/**
 * Two 32-bit hashes of a text in one pass, given in chunks: FNV-1a, and a multiply-rotate hash
 * with another seed. The same as of the chunks joined, which a large catalog's text cannot be.
 */
function versionTag(chunks: Iterable<string>): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let length = 0;
  for (const text of chunks) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    length += text.length;
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${length.toString(36)}`;
}

/** What is already known of a catalog read from a file, so it is not computed again. */
export interface CatalogText {
  /** The catalog as JSON, the body of `/api/catalog`, or how to read it when first asked for. */
  readonly json?: string | (() => string) | undefined;
  /** A digest of that text, as the version tag; a hash of `json` when absent. */
  readonly tag?: string | undefined;
  /** Reads a search index built earlier, if there is one, instead of building it. */
  readonly search?: (() => SearchIndex | undefined) | undefined;
  /** While a search index for `search` to read is being stored, resolves once it is (or failed). */
  readonly ready?: (() => Promise<unknown> | undefined) | undefined;
}

/** How long a search waits for an index being stored before it builds one itself. */
export const SEARCH_WAIT_MS = 60_000;

/**
 * Prepares a catalog for serving. The catalog must not change afterwards: reloading builds a new
 * snapshot and swaps it in whole. `text`, when the catalog was just read from JSON, saves
 * writing and hashing it again.
 *
 * The search index and the relations are made when first used (the index is read from `text`
 * when it was prepared beside a catalog file): lists and details are served without them.
 */
export function createSnapshot(
  catalog: Catalog,
  builtAt: Date = new Date(),
  text: CatalogText = {},
): Snapshot {
  let json = typeof text.json === 'function' ? undefined : text.json;
  const readJson = typeof text.json === 'function' ? text.json : () => JSON.stringify(catalog);
  // Hashed a record at a time, and not kept: the JSON of 50,000 posts is longer than a string
  // can be, and `/api/catalog` makes it only when asked for.
  const tag =
    text.tag ??
    versionTag(json !== undefined ? [json] : text.json ? [readJson()] : catalogJson(catalog));
  const linked = articleLinks(catalog.posts);
  const postSummaries = catalog.posts.map((post) => summarizePost(post, linked));
  const seconds = new Date(Math.floor(builtAt.getTime() / 1000) * 1000);
  let search: SearchIndex | undefined;
  let index: CatalogIndex | undefined;
  return {
    catalog,
    get index() {
      index ??= indexCatalog(catalog);
      return index;
    },
    postById: new Map(catalog.posts.map((post) => [post.id, post])),
    get search() {
      search ??= text.search?.() ?? createSearchIndex(catalog);
      return search;
    },
    async searchReady() {
      const storing = search ? undefined : text.ready?.();
      if (!storing) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, SEARCH_WAIT_MS);
      });
      try {
        await Promise.race([storing.catch(() => {}), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    postSummaries,
    postSummaryById: new Map(postSummaries.map((post) => [post.id, post])),
    records: new WeakSet<object>([
      ...postSummaries,
      ...catalog.talks,
      ...catalog.speakers,
      ...catalog.events,
    ]),
    tag,
    lastModified: seconds.toUTCString(),
    get catalogJson() {
      json ??= readJson();
      return json;
    },
  };
}
