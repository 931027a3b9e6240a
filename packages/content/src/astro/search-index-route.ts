import type { Catalog } from '../schema/index.ts';
import type { EntryOptions } from './entries.ts';
import { nativeSearchIndexJson } from './native-node.ts';
import { processSlot } from './process-slot.ts';
import { searchInput } from './search-input.ts';

// The loaders keep what the search index is made of, and the route that serves it has it made;
// they meet through a process-wide slot.
const slot = () => processSlot<{ current: () => Promise<string> }>('search-index');

/**
 * Readies the catalog's search index for `searchIndexResponse`, which has it made as JSON
 * text on a worker thread when a page first asks for it (kept in `cacheFile` for the next
 * build). Only the search documents are kept until then, not the catalog. Made while pages
 * render, on the core they leave idle, rather than while Vite bundles them, when a build
 * holds the most memory.
 */
export function startSearchIndex(
  catalog: Catalog,
  options: EntryOptions['search'],
  cacheFile: string | undefined,
): void {
  const { documents, indexOptions } = searchInput(catalog, options);
  let made: Promise<string> | undefined;
  slot().current = () => {
    made ??= nativeSearchIndexJson()
      .then((searchIndexJson) =>
        searchIndexJson(documents, indexOptions, cacheFile ? { cacheFile } : {}),
      )
      .then(({ json }) => json);
    return made;
  };
}

/**
 * The search index the confnotes loaders of this process made (given `searchIndex`), as a
 * JSON response: what a site's `search-index.json` endpoint returns, for `loadSearchIndex` in
 * the browser. The index is made beside the build rather than kept in the content store, which
 * would carry its megabytes through every page's bundle.
 * @example
 * // src/pages/search-index.json.ts
 * import { searchIndexResponse } from '@confnotes/content/astro';
 * export const GET = () => searchIndexResponse();
 */
export async function searchIndexResponse(): Promise<Response> {
  const made = slot().current;
  if (!made) {
    throw new Error(
      'No search index was made in this build: pass `searchIndex` to `confnotesLoaders` in content.config.ts.',
    );
  }
  return new Response(await made(), { headers: { 'Content-Type': 'application/json' } });
}
