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

// Fewer documents than this are indexed on the calling thread.
const INLINE_DOCUMENTS = 2500;

/** The index as JSON text, and how many records it finds. */
export interface SearchIndexText {
  readonly json: string;
  readonly documents: number;
}

/**
 * The search index of documents `searchDocuments` made, as `JSON.stringify` writes it (what
 * `loadSearchIndex` reads), built on a worker thread: a site build goes on storing its pages'
 * data meanwhile, and indexing every word of ten thousand posts takes seconds. Built on the
 * calling thread for a few thousand documents or where no worker can start; the text is the
 * same either way. With `cacheFile`,
 * the index made last time from the same documents and options is read back from there.
 * @example const { json } = await searchIndexJson(searchDocuments(catalog), { storedTextLength: 400 });
 */
export async function searchIndexJson(
  documents: readonly SearchDocument[],
  options: CreateSearchIndexOptions = {},
  where: { readonly cacheFile?: string } = {},
): Promise<SearchIndexText> {
  const job: SearchIndexJob = { documents, options, ...where };
  // A small index is made here in less time than a thread takes to start (and without the
  // tens of megabytes one holds): some 100 ms for the 2,000 records of 1,000 posts.
  if (documents.length < INLINE_DOCUMENTS)
    return { json: searchIndexText(job), documents: documents.length };
  const json = await new Promise<string | undefined>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, { workerData: job, resourceLimits: THREAD_LIMITS });
    } catch {
      resolve(undefined);
      return;
    }
    // The thread ends by itself once it has answered: not terminated, which can crash Node
    // while another thread starts (nodejs/node#56312).
    worker.once('message', (text: string) => resolve(text));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    json: json ?? searchIndexText(job),
    documents: documents.length,
  };
}
