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
}>;

/**
 * The core's `loadCatalog`. While a core without it is installed, a catalog of the posts alone
 * (no talks, speakers or events), so the API still serves what can be read.
 */
export async function resolveLoadCatalog(
  log: (message: string) => void = console.warn,
): Promise<LoadCatalog> {
  const node = (await import('@confnotes/content/node')) as Record<string, unknown>;
  if (typeof node.loadCatalog === 'function') {
    const load = node.loadCatalog as (
      dir: string,
    ) => Promise<{ catalog: Catalog; diagnostics: Diagnostic[]; key?: string }>;
    // The key of what the catalog was built from is its version: hashing the JSON of 50,000
    // posts instead takes seconds at every start.
    return async (dir) => {
      const { key, ...built } = await load(dir);
      return key ? { ...built, text: { tag: key.slice(0, 24) } } : built;
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
