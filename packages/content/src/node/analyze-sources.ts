import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ArticleAnalysis, analyzeArticle } from '../resolve/analyze.ts';
import { type AnalysisCache, analysisKey } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import type { WorkerAnswer, WorkerJob, WorkerMessage } from './analyze-worker.ts';
import { decodePooled, encodePooled, type PooledSpill } from './pooled-codec.ts';

/** An article to analyze. */
export interface SourceFile {
  readonly path: string;
  /** Its bytes, or how to read them (undefined when it cannot be read). */
  readonly source: Uint8Array | (() => Uint8Array | undefined);
  /**
   * Its cache key when already known (the file is unchanged since a build that computed it):
   * then the bytes are read only if the cache does not have the analysis.
   */
  readonly key?: string;
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
  /** The worker module; the package's own by default. */
  readonly workerUrl?: URL;
  /** Where posts' bodies, HTML and text are kept instead of in memory (see `TextSpill`). */
  readonly spill?: PooledSpill;
}

/** The analyses, in the order of the files that could be read, and each one's cache key. */
export interface Analyzed {
  readonly analyses: ArticleAnalysis[];
  readonly keys: string[];
}

// The worker runs from source in the repository (Node strips the types) and from dist/ once built.
const workerUrl = new URL(
  `./analyze-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

const send = (worker: Worker, message: WorkerMessage) => worker.postMessage(message);

/** Analyzes an article on this thread, caches the analysis and spills its long strings. */
function analyzeHere(
  job: WorkerJob,
  cache: AnalysisCache | undefined,
  spill: PooledSpill | undefined,
): ArticleAnalysis {
  const analysis = analyzeArticle(job);
  if (!cache && !spill) return analysis;
  const encoded = encodePooled(analysis);
  cache?.write(job.key, encoded);
  return spill ? (decodePooled(encoded, { spill }) as ArticleAnalysis) : analysis;
}

/**
 * Analyzes `jobs` on `count` worker threads and on the calling thread, handing out small batches
 * as threads free up. The calling thread would otherwise only wait: working beside the threads it
 * covers their start (each loads the parser, some 0.4 s) and saves one thread's copying of
 * results. When a thread fails (it cannot start in some bundlers' runtimes, say), the threads
 * stop and the promise still resolves: the jobs left without a result are analyzed inline after.
 */
function inThreads(
  jobs: WorkerJob[],
  count: number,
  cache: AnalysisCache | undefined,
  progress: (n: number) => void,
  url: URL,
  spill: PooledSpill | undefined,
): Promise<(ArticleAnalysis | undefined)[]> {
  const results: (ArticleAnalysis | undefined)[] = new Array(jobs.length);
  const batch = Math.max(1, Math.min(32, Math.ceil(jobs.length / ((count + 1) * 8))));
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      for (const w of workers) void w.terminate();
      resolve(results);
    };
    // Each thread stores its analyses as one pack before the build goes on.
    const flushAll = () => {
      let flushed = 0;
      for (const w of workers) {
        w.once('message', () => {
          if (++flushed === workers.length) stop();
        });
        send(w, { flush: true });
      }
      if (workers.length === 0) stop();
    };
    const done = (n: number) => {
      finished += n;
      progress(n);
      if (finished === jobs.length) flushAll();
    };
    const take = () => {
      const from = next;
      next = Math.min(jobs.length, next + batch);
      return from;
    };
    // Answers come in the order batches were sent, so a worker can hold a second batch while it
    // works on one, and never waits for the calling thread to finish its own batch.
    const sent = new Map<Worker, [number, number][]>();
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return;
      const from = take();
      sent.get(worker)!.push([from, next]);
      send(worker, { jobs: jobs.slice(from, next) });
    };
    const answered = (worker: Worker, { bytes, lengths }: WorkerAnswer) => {
      const [from, to] = sent.get(worker)!.shift()!;
      let at = 0;
      lengths.forEach((length, k) => {
        results[from + k] = decodePooled(bytes.subarray(at, at + length), {
          spill,
        }) as ArticleAnalysis;
        at += length;
        // Done: let the bytes go, they are most of a cold build's memory.
        jobs[from + k] = undefined as unknown as WorkerJob;
      });
      feed(worker);
      done(to - from);
    };
    const onCallingThread = () => {
      if (stopped || next >= jobs.length) return;
      const from = take();
      for (let k = from; k < next; k++) {
        results[k] = analyzeHere(jobs[k]!, cache, spill);
        jobs[k] = undefined as unknown as WorkerJob;
      }
      done(next - from);
      // Let the threads' answers in before the next batch.
      if (next < jobs.length) setImmediate(onCallingThread);
    };
    for (let i = 0; i < count && !stopped; i++) {
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData: { cacheDir: cache?.dir } });
      } catch {
        stop();
        break;
      }
      // A thread that fails or ends (out of memory, say) before it is told to stop would
      // otherwise leave the build waiting for its answers forever.
      worker.on('error', () => stop());
      worker.on('exit', () => stop());
      workers.push(worker);
      sent.set(worker, []);
      // With no batch out, the message is the answer to `flush`, which `flushAll` takes.
      worker.on('message', (answer: WorkerAnswer) => {
        if (sent.get(worker)!.length > 0) answered(worker, answer);
      });
      feed(worker);
      feed(worker);
    }
    setImmediate(onCallingThread);
  });
}

/**
 * Analyzes articles, reusing cached analyses of unchanged ones and spreading the others over
 * worker threads. The result is in the order of `files` and the same whatever the cache and the
 * number of threads. Bytes are read as needed and only those of articles missing from the cache
 * are kept until they are analyzed.
 * @example const { analyses } = await analyzeSources(files, { cache, workers: 2 });
 */
export async function analyzeSources(
  files: Iterable<SourceFile>,
  options: AnalyzeOptions = {},
): Promise<Analyzed> {
  const { cache, onProgress, spill } = options;
  const version = options.version ?? ANALYSIS_VERSION;
  const analyses: ArticleAnalysis[] = [];
  const keys: string[] = [];
  const misses: WorkerJob[] = [];
  const slots: number[] = [];
  let done = 0;
  let total = options.total ?? 0;
  const progress = (n: number) => {
    done += n;
    onProgress?.(done, Math.max(total, done));
  };
  const cached = (key: string, path: string) => {
    const payload = cache?.readBytes(key);
    if (payload === undefined) return undefined;
    let analysis: ArticleAnalysis;
    try {
      analysis = decodePooled(payload, { spill }) as ArticleAnalysis;
    } catch {
      return undefined;
    }
    // A hash collision is not worth trusting either.
    return analysis.path === path ? analysis : undefined;
  };
  for (const file of files) {
    let source = typeof file.source === 'function' ? undefined : file.source;
    let key = file.key;
    if (key === undefined) {
      source ??= (file.source as () => Uint8Array | undefined)();
      if (!source) continue;
      key = analysisKey(file.path, source, version);
    }
    const hit = cached(key, file.path);
    if (!hit) {
      source ??= (file.source as () => Uint8Array | undefined)();
      if (!source) continue;
      // A key given for bytes that changed after all is computed again from the bytes; a key
      // given with the bytes was computed from them.
      if (file.key !== undefined && typeof file.source === 'function')
        key = analysisKey(file.path, source, version);
    }
    const slot = analyses.length;
    keys.push(key);
    if (hit) {
      analyses.push(hit);
      progress(1);
      continue;
    }
    analyses.push(undefined as unknown as ArticleAnalysis);
    misses.push({ key, path: file.path, source: source! });
    slots.push(slot);
  }
  total = analyses.length;
  // The calling thread is one of the threads: `workers` threads means `workers - 1` started.
  const threads = Math.min(
    options.workers ?? availableParallelism(),
    Math.floor(misses.length / (options.minPerWorker ?? 50)),
  );
  const analyzed =
    threads >= 2
      ? await inThreads(misses, threads - 1, cache, progress, options.workerUrl ?? workerUrl, spill)
      : [];
  misses.forEach((job, k) => {
    let analysis = analyzed[k];
    if (!analysis) {
      analysis = analyzeHere(job, cache, spill);
      progress(1);
    }
    analyses[slots[k]!] = analysis;
  });
  cache?.compact(new Set(keys));
  return { analyses, keys };
}
