import { processSlot } from './process-slot.ts';

// The loaders keep what the search index is made of (`startSearchIndex`), and the route that
// serves it has it made; they meet through a process-wide slot. This file holds only the
// route's side, so a site's pages do not bundle the loaders.
export const searchIndexSlot = () =>
  processSlot<{ current: () => Promise<string> }>('search-index');

/**
 * The search index the confnotes loaders of this process made (given `searchIndex`), as a
 * JSON response: what a site's `search-index.json` endpoint returns, for `loadSearchIndex` in
 * the browser. The index is made beside the build rather than kept in the content store, which
 * would carry its megabytes through every page's bundle.
 * @example
 * // src/pages/search-index.json.ts
 * import { searchIndexResponse } from '@confnotes/content/astro/pages';
 * export const GET = () => searchIndexResponse();
 */
export async function searchIndexResponse(): Promise<Response> {
  const made = searchIndexSlot().current;
  if (!made) {
    throw new Error(
      'No search index was made in this build: pass `searchIndex` to `confnotesLoaders` in content.config.ts.',
    );
  }
  return new Response(await made(), { headers: { 'Content-Type': 'application/json' } });
}
