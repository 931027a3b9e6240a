// A worker thread of `analyzeSources`: analyzes the articles it is sent and sends back the
// analyses in the pooled encoding, all of a batch in one buffer that is moved, not copied, to
// the calling thread (and the bytes the cache holds). It keeps them for the cache too, which
// stores them as a pack every 16 MB and when the thread is told to flush.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../resolve/analyze.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { encodePooled } from './pooled-codec.ts';

/** One article to analyze, with the cache key it is stored under. */
export interface WorkerJob {
  readonly key: string;
  readonly path: string;
  readonly source: Uint8Array;
}

/** What a worker sends back for a batch: the encoded analyses, one after the other. */
export interface WorkerAnswer {
  readonly bytes: Uint8Array;
  readonly lengths: number[];
}

/** What a worker is sent: articles to analyze, or the order to store what it analyzed. */
export type WorkerMessage = { readonly jobs: WorkerJob[] } | { readonly flush: true };

const { cacheDir } = workerData as { cacheDir?: string };
const cache = cacheDir ? new AnalysisCache(cacheDir) : undefined;

parentPort?.on('message', (message: WorkerMessage) => {
  if ('flush' in message) {
    cache?.flush();
    parentPort?.postMessage('flushed');
    // The thread ends itself once the answer is out: terminating it from the calling thread
    // while another starts can crash Node (nodejs/node#56312).
    parentPort?.close();
    return;
  }
  const encoded = message.jobs.map((job) => {
    const bytes = encodePooled(analyzeArticle(job));
    cache?.write(job.key, bytes);
    return bytes;
  });
  const bytes = new Uint8Array(encoded.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of encoded) {
    bytes.set(b, at);
    at += b.length;
  }
  const answer: WorkerAnswer = { bytes, lengths: encoded.map((b) => b.length) };
  parentPort?.postMessage(answer, [bytes.buffer]);
});
