import { createHash } from 'node:crypto';
import type { SearchDocument } from '../search/search-documents.ts';
import { type CreateSearchIndexOptions, indexDocuments } from '../search/search-index.ts';
import { searchIndexVersion } from './analysis-version.ts';
import { readChecked, writeChecked } from './checked-file.ts';

/** What a search index is made from, and where it may be kept between builds. */
export interface SearchIndexJob {
  readonly documents: readonly SearchDocument[];
  readonly options: CreateSearchIndexOptions;
  /** A file that keeps the index for the next build with the same documents and options. */
  readonly cacheFile?: string;
}

/**
 * What a kept index is known by: its documents and options, and the version of the code that
 * indexes them (`searchIndexVersion`), as a change of how words are cut into terms makes another
 * index of the same documents, which a site kept serving after such a change.
 */
export function searchIndexKey(
  options: CreateSearchIndexOptions,
  documents: readonly SearchDocument[],
  version: string = searchIndexVersion(),
): string {
  return createHash('sha256')
    .update(JSON.stringify([version, options, documents]))
    .digest('base64url');
}

/**
 * The search index of `job.documents` as `JSON.stringify` writes it: read back from
 * `job.cacheFile` when that was made from the same documents and options, else made (and kept
 * there). Indexing ten thousand posts takes a second; comparing their documents a fifth of it.
 */
export function searchIndexText({ documents, options, cacheFile }: SearchIndexJob): string {
  const key = cacheFile ? searchIndexKey(options, documents) : '';
  const kept = cacheFile ? readChecked(cacheFile, key) : undefined;
  if (kept !== undefined) return kept;
  const json = JSON.stringify(indexDocuments(documents, options));
  if (cacheFile) writeChecked(cacheFile, key, json);
  return json;
}
