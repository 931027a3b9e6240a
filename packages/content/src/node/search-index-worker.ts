// A worker thread of `searchIndexJson`: sends back the search index of the documents it is
// given as JSON text, once.
import { parentPort, workerData } from 'node:worker_threads';
import { type SearchIndexJob, searchIndexText } from './search-index-text.ts';

parentPort?.postMessage(searchIndexText(workerData as SearchIndexJob));
