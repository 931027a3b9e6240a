// A worker thread of `analyzeSources`: analyzes the articles it is sent, stores each analysis
// in the cache when there is one, and sends back the analyses as JSON text (cheaper to copy
// between threads than an object graph, and the same text the cache holds).
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../resolve/analyze.ts';
import { AnalysisCache } from './analysis-cache.ts';

/** One article to analyze, with the cache key it is stored under. */
export interface WorkerJob {
  readonly key: string;
  readonly path: string;
  readonly source: Uint8Array;
}

const { cacheDir } = workerData as { cacheDir?: string };
const cache = cacheDir ? new AnalysisCache(cacheDir) : undefined;

parentPort?.on('message', (jobs: WorkerJob[]) => {
  const results = jobs.map((job) => {
    const json = JSON.stringify(analyzeArticle(job));
    cache?.write(job.key, json);
    return json;
  });
  parentPort?.postMessage(results);
});
