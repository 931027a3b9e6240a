import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ArticleAnalysis, analyzeArticle } from '../resolve/analyze.ts';
import { type AnalysisCache, analysisKey } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import type { WorkerAnswer, WorkerJob, WorkerMessage } from './analyze-worker.ts';
import {
  type DecodeOptions,
  decodePooled,
  encodePooled,
  type PooledSpill,
} from './pooled-codec.ts';
import { THREAD_LIMITS } from './thread-limits.ts';

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
  /**
   * Fewer articles than this per thread are analyzed inline. Default 750: a thread takes some
   * 0.4 s to start and warm up, about what the calling thread needs for that many articles.
   */
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

/**
 * Articles per thread below which a thread costs more than it saves. Measured on two cores:
 * 1,000 articles took 0.73-0.82 s inline against 0.84-1.00 s with a thread (and 25 MB more),
 * 2,000 about the same either way (with 70 MB more), 4,000 10% less time with a thread.
 */
const MIN_PER_WORKER = 750;

/** Articles analyzed on the calling thread between turns of its event loop. */
const INLINE_TURN = 32;

/**
 * An article the cache did not have. Its bytes, when they were not given, are read only when a
 * thread takes it: read all at once, the bytes of a cold build of 50,000 articles held some
 * 200 MB that the process never gave back.
 */
interface PendingJob {
  readonly path: string;
  key: string;
  /** The bytes, or how to read them; undefined once analyzed or found unreadable. */
  source: Uint8Array | (() => Uint8Array | undefined) | undefined;
  readonly version: string;
}

/**
 * The job with its bytes in hand, or undefined when they cannot be read (then never again: the
 * reader reports it once). Bytes read late get their key again: the file may have changed since
 * its key was computed, and an analysis is cached under the key of the bytes it was made from.
 */
function take(job: PendingJob): WorkerJob | undefined {
  const { source } = job;
  if (typeof source !== 'function') return source && { key: job.key, path: job.path, source };
  const bytes = source();
  if (!bytes) {
    job.source = undefined;
    return undefined;
  }
  job.key = analysisKey(job.path, bytes, job.version);
  return { key: job.key, path: job.path, source: bytes };
}

/** How a call's analyses are decoded: its spill, and one map of strings for all of them. */
type Decoding = Pick<DecodeOptions, 'spill' | 'strings'>;

/** Analyzes an article on this thread, caches the analysis and spills its long strings. */
function analyzeHere(
  job: WorkerJob,
  cache: AnalysisCache | undefined,
  decoding: Decoding,
): ArticleAnalysis {
  const analysis = analyzeArticle(job);
  if (!cache && !decoding.spill) return analysis;
  const encoded = encodePooled(analysis);
  cache?.write(job.key, encoded);
  return decoding.spill ? (decodePooled(encoded, decoding) as ArticleAnalysis) : analysis;
}

/**
 * Analyzes `jobs` on `count` worker threads and on the calling thread, handing out small batches
 * as threads free up. The calling thread would otherwise only wait: working beside the threads it
 * covers their start (each loads the parser, some 0.4 s) and saves one thread's copying of
 * results. When a thread fails (it cannot start in some bundlers' runtimes, say), the threads
 * stop and the promise still resolves: the jobs left without a result are analyzed inline after.
 */
function inThreads(
  jobs: PendingJob[],
  count: number,
  cache: AnalysisCache | undefined,
  progress: (n: number) => void,
  url: URL,
  decoding: Decoding,
): Promise<(ArticleAnalysis | undefined)[]> {
  const results: (ArticleAnalysis | undefined)[] = new Array(jobs.length);
  const batch = Math.max(1, Math.min(32, Math.ceil(jobs.length / ((count + 1) * 8))));
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    let stopped = false;
    // Threads that answered `flush`: they end themselves, and their end is no failure.
    const flushed = new Set<Worker>();
    const stop = () => {
      if (stopped) return;
      stopped = true;
      // Only threads cut short are terminated; terminating one while another starts can crash
      // Node (nodejs/node#56312), and a build's next analysis may start threads at once.
      // Not awaited: a thread that failed has no more to give.
      for (const w of workers) if (!flushed.has(w)) void w.terminate();
      resolve(results);
    };
    // Each thread stores its analyses as one pack before the build goes on.
    const flushAll = () => {
      for (const w of workers) {
        w.once('message', () => {
          flushed.add(w);
          if (flushed.size === workers.length) stop();
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
    /** The next batch's jobs that can be read, by index; unreadable ones are done at once. */
    const takeBatch = (): [number[], WorkerJob[]] => {
      const at: number[] = [];
      const taken: WorkerJob[] = [];
      const end = Math.min(jobs.length, next + batch);
      for (; next < end; next++) {
        const job = take(jobs[next]!);
        if (!job) continue;
        at.push(next);
        taken.push(job);
      }
      return [at, taken];
    };
    // Answers come in the order batches were sent, so a worker can hold a second batch while it
    // works on one, and never waits for the calling thread to finish its own batch.
    const sent = new Map<Worker, number[][]>();
    const feed = (worker: Worker) => {
      while (next < jobs.length) {
        const from = next;
        const [at, taken] = takeBatch();
        if (at.length < next - from) done(next - from - at.length);
        if (!taken.length) continue;
        sent.get(worker)!.push(at);
        send(worker, { jobs: taken });
        return;
      }
    };
    const answered = (worker: Worker, { bytes, lengths }: WorkerAnswer) => {
      const at = sent.get(worker)!.shift()!;
      let offset = 0;
      lengths.forEach((length, k) => {
        results[at[k]!] = decodePooled(
          bytes.subarray(offset, offset + length),
          decoding,
        ) as ArticleAnalysis;
        offset += length;
        // Done: let given bytes go, they are most of a cold build's memory.
        jobs[at[k]!]!.source = undefined;
      });
      feed(worker);
      done(at.length);
    };
    const onCallingThread = () => {
      if (stopped || next >= jobs.length) return;
      const from = next;
      const [at, taken] = takeBatch();
      taken.forEach((job, k) => {
        results[at[k]!] = analyzeHere(job, cache, decoding);
        jobs[at[k]!]!.source = undefined;
      });
      done(next - from);
      // Let the threads' answers in before the next batch.
      if (next < jobs.length) setImmediate(onCallingThread);
    };
    for (let i = 0; i < count && !stopped; i++) {
      let worker: Worker;
      try {
        worker = new Worker(url, {
          workerData: { cacheDir: cache?.dir },
          resourceLimits: THREAD_LIMITS,
        });
      } catch {
        stop();
        break;
      }
      // A thread that fails or ends (out of memory, say) before it is told to stop would
      // otherwise leave the build waiting for its answers forever.
      worker.on('error', () => stop());
      worker.on('exit', () => {
        if (!flushed.has(worker)) stop();
      });
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
 * number of threads. Bytes given as a reader are read when a thread takes the article, and
 * bytes given are let go once it is analyzed. Files found unreadable then are left out.
 * @example const { analyses } = await analyzeSources(files, { cache, workers: 2 });
 */
export async function analyzeSources(
  files: Iterable<SourceFile>,
  options: AnalyzeOptions = {},
): Promise<Analyzed> {
  const { cache, onProgress, spill } = options;
  const decoding: Decoding = { spill, strings: new Map() };
  const version = options.version ?? ANALYSIS_VERSION;
  // Holes are misses until they are analyzed, and stay holes for files found unreadable then.
  const analyses: (ArticleAnalysis | undefined)[] = [];
  const keys: string[] = [];
  const misses: PendingJob[] = [];
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
      analysis = decodePooled(payload, decoding) as ArticleAnalysis;
    } catch {
      return undefined;
    }
    // A hash collision is not worth trusting either.
    return analysis.path === path ? analysis : undefined;
  };
  for (const file of files) {
    let key = file.key;
    let source: PendingJob['source'] = file.source;
    if (key === undefined) {
      const bytes = typeof source === 'function' ? source() : source;
      if (!bytes) continue;
      key = analysisKey(file.path, bytes, version);
      source = bytes;
    }
    const hit = cached(key, file.path);
    keys.push(key);
    analyses.push(hit);
    if (hit) {
      progress(1);
      continue;
    }
    slots.push(analyses.length - 1);
    misses.push({ key, path: file.path, source, version });
  }
  total = analyses.length;
  // The calling thread is one of the threads: `workers` threads means `workers - 1` started.
  const threads = Math.min(
    options.workers ?? availableParallelism(),
    Math.floor(misses.length / (options.minPerWorker ?? MIN_PER_WORKER)),
  );
  const analyzed =
    threads >= 2
      ? await inThreads(
          misses,
          threads - 1,
          cache,
          progress,
          options.workerUrl ?? workerUrl,
          decoding,
        )
      : [];
  let inline = 0;
  for (const [k, job] of misses.entries()) {
    let analysis = analyzed[k];
    // Left by a thread that stopped: still with its bytes or their reader. One found unreadable
    // on the way has neither, and was counted done then.
    if (!analysis && job.source !== undefined) {
      const ready = take(job);
      job.source = undefined;
      if (ready) analysis = analyzeHere(ready, cache, decoding);
      progress(1);
      // The Markdown parser's native memory of each article is given back from the event
      // loop: without a turn now and then, a build of 50,000 articles on one thread held
      // 0.4 GB of it until the end.
      if (++inline % INLINE_TURN === 0) await new Promise((turn) => setImmediate(turn));
    }
    analyses[slots[k]!] = analysis;
    keys[slots[k]!] = job.key;
  }
  const kept = analyses.flatMap((a, i) => (a ? [i] : []));
  const found: Analyzed =
    kept.length === analyses.length
      ? { analyses: analyses as ArticleAnalysis[], keys }
      : { analyses: kept.map((i) => analyses[i]!), keys: kept.map((i) => keys[i]!) };
  cache?.compact(new Set(found.keys));
  return found;
}
