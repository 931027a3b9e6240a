// A worker thread of `analyzeSources`: analyzes the articles it is sent and sends back the
// analyses as JSON text (cheaper to copy between threads than an object graph, and the text the
// cache holds). It keeps them for the cache too, and stores them as a pack every 16 MB and
// when told to flush.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../resolve/analyze.ts';
import { AnalysisCache } from './analysis-cache.ts';

/** One article to analyze, with the cache key it is stored under. */
export interface WorkerJob {
  readonly key: string;
  readonly path: string;
  readonly source: Uint8Array;
}

/** What a worker is sent: articles to analyze, or the order to store what it analyzed. */
export type WorkerMessage = { readonly jobs: WorkerJob[] } | { readonly flush: true };

const { cacheDir } = workerData as { cacheDir?: string };
const cache = cacheDir ? new AnalysisCache(cacheDir) : undefined;

parentPort?.on('message', (message: WorkerMessage) => {
  if ('flush' in message) {
    cache?.flush();
    parentPort?.postMessage('flushed');
    return;
  }
  const results = message.jobs.map((job) => {
    const json = JSON.stringify(analyzeArticle(job));
    cache?.write(job.key, json);
    return json;
  });
  // A pack every 16 MB keeps a thread's memory flat however many articles it is sent.
  if (cache && cache.pendingBytes > 16 << 20) cache.flush();
  parentPort?.postMessage(results);
});
