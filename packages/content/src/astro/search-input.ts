import type { Catalog } from '../schema/index.ts';
import { type SearchDocument, searchDocuments } from '../search/search-documents.ts';
import type { CreateSearchIndexOptions } from '../search/search-index.ts';
import type { EntryOptions } from './entries.ts';

/** The documents a site's search index is made of (drafts only when asked), and its options. */
export function searchInput(
  catalog: Catalog,
  options: EntryOptions['search'],
): { documents: SearchDocument[]; indexOptions: CreateSearchIndexOptions } {
  const { drafts, ...indexOptions } = options;
  const posts = drafts ? catalog.posts : catalog.posts.filter((p) => !p.draft);
  return { documents: searchDocuments({ ...catalog, posts }), indexOptions };
}
