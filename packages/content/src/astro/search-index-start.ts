import type { Catalog } from '../schema/index.ts';
import type { EntryOptions } from './entries.ts';
import { nativeSearchIndexJson } from './native-node.ts';
import { searchIndexSlot } from './search-index-route.ts';
import { searchInput } from './search-input.ts';

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
  searchIndexSlot().current = () => {
    made ??= nativeSearchIndexJson()
      .then((searchIndexJson) =>
        searchIndexJson(documents, indexOptions, cacheFile ? { cacheFile } : {}),
      )
      .then(({ json }) => json);
    return made;
  };
}
