import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ArticleAnalysis, analyzeArticle } from '../resolve/analyze.ts';
import { type AnalysisCache, analysisKey } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import type { WorkerJob } from './analyze-worker.ts';

/** An article read from disk. */
export interface SourceFile {
  readonly path: string;
  readonly source: Uint8Array;
}

export interface AnalyzeOptions {
  /** Where analyses are cached; none when absent. */
  readonly cache?: AnalysisCache;
  /** Threads to analyze on; 1 analyzes on the calling thread. Default: the machine's cores. */
  readonly workers?: number;
  /** Fewer articles than this per thread are analyzed inline: threads take time to start. */
  readonly minPerWorker?: number;
  /** Called as articles are done (cached ones count at once). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cache keys include it; tests change it to play a new parser version. */
  readonly version?: string;
  /** How many files `files` yields, for progress; counted as they come otherwise. */
  readonly total?: number;
}

// The worker runs from source in the repository (Node strips the types) and from dist/ once built.
const workerUrl = new URL(
  `./analyze-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/** Analyzes `jobs` on `count` worker threads, handing out small batches as threads free up. */
function inWorkers(
  jobs: WorkerJob[],
  count: number,
  cache: AnalysisCache | undefined,
  progress: (n: number) => void,
): Promise<ArticleAnalysis[]> {
  const results: ArticleAnalysis[] = new Array(jobs.length);
  const batch = Math.max(1, Math.min(64, Math.ceil(jobs.length / (count * 8))));
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const stop = (error?: unknown) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return;
      const from = next;
      next = Math.min(jobs.length, next + batch);
      worker.once('message', (answers: string[]) => {
        answers.forEach((json, k) => {
          results[from + k] = JSON.parse(json) as ArticleAnalysis;
        });
        finished += answers.length;
        progress(answers.length);
        if (finished === jobs.length) stop();
        else feed(worker);
      });
      worker.postMessage(jobs.slice(from, next));
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerUrl, { workerData: { cacheDir: cache?.dir } });
      worker.on('error', stop);
      workers.push(worker);
      feed(worker);
    }
  });
}

/**
 * Analyzes articles, reusing cached analyses of unchanged ones and spreading the others over
 * worker threads. The result is in the order of `files` and the same whatever the cache and the
 * number of threads. `files` may read each file as it is iterated: only the bytes of articles
 * that are not in the cache are kept until they are analyzed.
 * @example const analyses = await analyzeSources(files, { cache, workers: 2 });
 */
export async function analyzeSources(
  files: Iterable<SourceFile>,
  options: AnalyzeOptions = {},
): Promise<ArticleAnalysis[]> {
  const { cache, onProgress } = options;
  const version = options.version ?? ANALYSIS_VERSION;
  const results: ArticleAnalysis[] = [];
  const misses: WorkerJob[] = [];
  const slots: number[] = [];
  let done = 0;
  let total = options.total ?? 0;
  const progress = (n: number) => {
    done += n;
    onProgress?.(done, Math.max(total, done));
  };
  for (const file of files) {
    const i = results.length;
    results.push(undefined as unknown as ArticleAnalysis);
    const key = analysisKey(file.path, file.source, version);
    const cached = cache?.read(key);
    if (cached !== undefined) {
      const analysis = JSON.parse(cached) as ArticleAnalysis;
      // A hash collision is not worth trusting either.
      if (analysis.path === file.path) {
        results[i] = analysis;
        progress(1);
        continue;
      }
    }
    misses.push({ key, path: file.path, source: file.source });
    slots.push(i);
  }
  total = results.length;
  const threads = Math.min(
    options.workers ?? availableParallelism(),
    Math.floor(misses.length / (options.minPerWorker ?? 50)),
  );
  if (threads >= 2) {
    const analyzed = await inWorkers(misses, threads, cache, progress);
    analyzed.forEach((a, k) => {
      results[slots[k]!] = a;
    });
    return results;
  }
  misses.forEach((job, k) => {
    const analysis = analyzeArticle(job);
    cache?.write(job.key, JSON.stringify(analysis));
    results[slots[k]!] = analysis;
    progress(1);
  });
  return results;
}
