import { Catalog, type Diagnostic } from '@confnotes/content/portable';
import type { CatalogText } from '../snapshot.ts';

/** Builds the catalog of a content directory, with what was found wrong in it. */
export type LoadCatalog = (dir: string) => Promise<{
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /** The catalog's JSON text and its digest, when it was read as such: saves computing them. */
  text?: CatalogText;
  /** What it was read from, for the start-up log. */
  from?: string;
  /**
   * Stores, in a process of its own, what makes a first search quicker (from now on and after
   * the next start); given for a catalog large enough for that to be worth it, and undefined
   * when it is stored already.
   */
  prepare?: () => Preparation | undefined;
}>;

/** Work a server starts after it listens, and stops when it closes. */
export interface Preparation {
  /** Resolves with a line for the log once the work is done (or failed). */
  readonly done: Promise<string>;
  stop(): Promise<void>;
}

/** Fewer records than this are indexed in well under a second at a first search. */
export const PREPARE_SEARCH_AT = 5000;

type NodeCore = typeof import('@confnotes/content/node');

/**
 * The core's `loadCatalog`. While a core without it is installed, a catalog of the posts alone
 * (no talks, speakers or events), so the API still serves what can be read.
 */
export async function resolveLoadCatalog(
  log: (message: string) => void = console.warn,
  {
    prepareSearchAt = PREPARE_SEARCH_AT,
    drafts = false,
  }: {
    readonly prepareSearchAt?: number;
    /** Keep draft posts and what only they report; left out by default, as the site does. */
    readonly drafts?: boolean;
  } = {},
): Promise<LoadCatalog> {
  const node = (await import('@confnotes/content/node')) as Partial<NodeCore> &
    Record<string, unknown>;
  if (typeof node.loadCatalog === 'function') {
    const load = node.loadCatalog as (
      dir: string,
      options: { readonly drafts: boolean },
    ) => Promise<{ catalog: Catalog; diagnostics: Diagnostic[]; key?: string }>;
    // The key of what the catalog was built from is its version: hashing the JSON of 50,000
    // posts instead takes seconds at every start.
    return async (dir) => {
      const { key, ...built } = await load(dir, { drafts });
      if (!key) return built;
      const { catalog } = built;
      const records = catalog.posts.length + catalog.talks.length + catalog.speakers.length;
      const { readStoredSearchIndex: read, prepareStoredSearchIndex: store } = node;
      let storing: Promise<unknown> | undefined;
      const prepare = () => {
        // Whether one is stored already is looked at after the server listens, not before.
        if (!store || node.storedSearchKey?.(dir) === key) return undefined;
        const preparation = prepareSearch(store(dir, { drafts }), records);
        storing = preparation.done;
        return preparation;
      };
      return {
        ...built,
        // The index stored for this catalog, should it be there by the first search, which
        // waits for it while it is being stored.
        text: {
          tag: key.slice(0, 24),
          search: read && (() => read(dir, key)),
          ready: () => storing,
        },
        prepare: records >= prepareSearchAt ? prepare : undefined,
      };
    };
  }
  const loadPosts = node.loadPosts as
    | ((dir: string) => Promise<{ posts: Catalog['posts']; diagnostics: Diagnostic[] }>)
    | undefined;
  if (typeof loadPosts !== 'function') {
    throw new Error('@confnotes/content/node exports neither loadCatalog nor loadPosts.');
  }
  log('This @confnotes/content has no loadCatalog yet: serving posts only.');
  return async (dir) => {
    const { posts, diagnostics } = await loadPosts(dir);
    const catalog = Catalog.parse({
      version: 1,
      events: [],
      posts,
      talks: [],
      speakers: [],
      diagnostics,
    });
    return { catalog, diagnostics };
  };
}

/** The log line of a search index being stored, as a `Preparation`. */
function prepareSearch(
  preparation: ReturnType<NodeCore['prepareStoredSearchIndex']>,
  records: number,
): Preparation {
  const started = performance.now();
  return {
    done: preparation.done.then(
      (stored) =>
        stored
          ? `Stored the search index of ${records} records in ${((performance.now() - started) / 1000).toFixed(1)} s: a first search reads it instead of building it, here and after the next start.`
          : 'The search index was not stored: a first search builds it.',
      (error: Error) => `Could not store the search index: ${error.message}`,
    ),
    stop: () => preparation.stop(),
  };
}
