// A worker thread of `searchIndexJson`: indexes the search documents it is given and sends back
// the index as JSON text, once.
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../search/search-documents.ts';
import { type CreateSearchIndexOptions, indexDocuments } from '../search/search-index.ts';

/** What the worker is started with. */
export interface SearchIndexJob {
  readonly documents: readonly SearchDocument[];
  readonly options: CreateSearchIndexOptions;
}

const { documents, options } = workerData as SearchIndexJob;
parentPort?.postMessage(JSON.stringify(indexDocuments(documents, options)));
