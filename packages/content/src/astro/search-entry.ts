import { searchIndexKey } from '../node/search-index-text.ts';
import type { Catalog } from '../schema/index.ts';
import { type EntryOptions, SearchIndexEntry } from './entries.ts';
import { holdingStoreSaves } from './hold-store-saves.ts';
import type { LoaderMeta, LoaderStore, StoredEntry } from './loader-context.ts';
import { nativeSearchIndexJson } from './native-node.ts';
import { searchInput } from './search-input.ts';

// The digest of what the stored index was made from, kept in the collection's meta store.
const KEY = 'confnotes-search-documents';

/**
 * The one entry of the `search` collection: the catalog's search index, as JSON text. Indexing
 * takes seconds for thousands of posts, so the index the store already holds is given back when
 * it was made from the same documents with the same options.
 */
export async function searchEntry(
  catalog: Catalog,
  options: EntryOptions['search'],
  store: LoaderStore,
  meta: LoaderMeta | undefined,
): Promise<StoredEntry> {
  const { documents, indexOptions } = searchInput(catalog, options);
  const key = searchIndexKey(indexOptions, documents);
  const stored = meta?.get?.(KEY) === key ? store.get?.('index')?.data : undefined;
  const previous = SearchIndexEntry.safeParse(stored);
  if (previous.success) return { id: 'index', data: previous.data };
  const searchIndexJson = await nativeSearchIndexJson();
  // Astro would save its whole store while the index is made, as the other collections change it.
  const data: SearchIndexEntry = await holdingStoreSaves(
    meta,
    searchIndexJson(documents, indexOptions),
  );
  meta?.set(KEY, key);
  return { id: 'index', data };
}
