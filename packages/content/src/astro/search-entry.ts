import type { Catalog } from '../schema/index.ts';
import type { EntryOptions, SearchIndexEntry } from './entries.ts';
import type { StoredEntry } from './loader-context.ts';
import { nativeSearchIndexJson } from './native-node.ts';

/** The one entry of the `search` collection: the catalog's search index, as JSON text. */
export async function searchEntry(
  catalog: Catalog,
  options: EntryOptions['search'],
): Promise<StoredEntry> {
  const { drafts, ...indexOptions } = options;
  const posts = drafts ? catalog.posts : catalog.posts.filter((p) => !p.draft);
  const searchIndexJson = await nativeSearchIndexJson();
  const data: SearchIndexEntry = await searchIndexJson({ ...catalog, posts }, indexOptions);
  return { id: 'index', data };
}
