import { Worker } from 'node:worker_threads';
import type { SearchDocument } from '../search/search-documents.ts';
import type { CreateSearchIndexOptions } from '../search/search-index.ts';
import { type SearchIndexJob, searchIndexText } from './search-index-text.ts';
import { THREAD_LIMITS } from './thread-limits.ts';

// Beside this file: `.ts` in the repository (Node strips the types), `.js` once built.
const workerUrl = new URL(
  `./search-index-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/** The index as JSON text, and how many records it finds. */
export interface SearchIndexText {
  readonly json: string;
  readonly documents: number;
}

/**
 * The search index of documents `searchDocuments` made, as `JSON.stringify` writes it (what
 * `loadSearchIndex` reads), built on a worker thread: a site build goes on storing its pages'
 * data meanwhile, and indexing every word of ten thousand posts takes seconds. Built on the
 * calling thread where no worker can start; the text is the same either way. With `cacheFile`,
 * the index made last time from the same documents and options is read back from there.
 * @example const { json } = await searchIndexJson(searchDocuments(catalog), { storedTextLength: 400 });
 */
export async function searchIndexJson(
  documents: readonly SearchDocument[],
  options: CreateSearchIndexOptions = {},
  where: { readonly cacheFile?: string } = {},
): Promise<SearchIndexText> {
  const job: SearchIndexJob = { documents, options, ...where };
  const json = await new Promise<string | undefined>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, { workerData: job, resourceLimits: THREAD_LIMITS });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (text: string) => {
      resolve(text);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    json: json ?? searchIndexText(job),
    documents: documents.length,
  };
}
