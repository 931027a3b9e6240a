import { opendirSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isArticleName } from '../node/read-article-files.ts';
import { THREAD_LIMITS } from '../node/thread-limits.ts';
import { resolveBase, resolveCacheDir } from './resolve-base.ts';

/** What the head start's thread is given. */
export interface HeadStartJob {
  readonly dir: string;
  readonly cacheDir?: string;
  readonly workers?: number;
  /** Whether the catalog keeps drafts, as the loaders' `drafts` (default false). */
  readonly drafts?: boolean;
}

/** What the thread is given: the job, and the compile cache directory of the process. */
export interface HeadStartThreadData extends HeadStartJob {
  readonly compileCache?: string;
}

export type HeadStartOptions = {
  /** The content directory, as the loaders are given it. */
  readonly base: string | URL;
  /** The loaders' `cacheDir`, when they are given one (relative to the same root as `base`). */
  readonly cacheDir?: string;
  /** Threads that parse articles; default one per core (see `loadCatalog`). */
  readonly workers?: number;
  /** The loaders' `drafts`, when they are given it: the catalog prepared is theirs. */
  readonly drafts?: boolean;
  /** Articles under `posts/` from which the head start is taken (default 1,000). */
  readonly minArticles?: number;
};

/** The part of Astro's integration API the head start uses, so the core needs no Astro. */
export type HeadStartIntegration = {
  name: string;
  hooks: {
    'astro:config:setup': (options: { command: string; config: { root: URL } }) => void;
  };
};

// Shared by every copy of this module in the process: Astro loads its config natively and the
// content config in Vite's module runner, each with its own instance of the package.
const STARTED = Symbol.for('@confnotes/content/head-start');
const shared = globalThis as { [STARTED]?: Map<string, Promise<void>> };
shared[STARTED] ??= new Map();
const started = shared[STARTED];

// The worker runs from source in the repository (Node strips the types) and from dist/ once built.
const workerUrl = new URL(
  `./head-start-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * Articles below which the head start is not taken: its thread, started while Astro starts,
 * slows Astro about as much as it saves, and adds 20-40 MB at the peak. Measured in cold site
 * builds on two cores: 300 posts took 2.75-3.02 s with it against 2.64-2.94 s without; 1,000
 * posts 5.12-5.47 s against 5.48-5.82 s; 10,000 posts 22.6-24.5 s against 24.8-27.8 s.
 */
export const HEAD_START_MIN_ARTICLES = 1000;

/**
 * Whether `dir` holds at least `n` articles, counted until there are that many: a listing of
 * all of them (`readArticleFiles`) would cost the config's hook 0.2-0.4 s at 50,000 posts.
 */
function holdsAtLeast(dir: string, n: number): boolean {
  const folders = [dir];
  let count = 0;
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let handle: ReturnType<typeof opendirSync>;
    try {
      handle = opendirSync(folder);
    } catch {
      continue;
    }
    try {
      for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
        if (entry.isDirectory()) folders.push(join(folder, entry.name));
        else if (isArticleName(entry.name) && ++count >= n) return true;
      }
    } finally {
      handle.closeSync();
    }
  }
  return false;
}

/**
 * Starts bringing the catalog cache of `job.dir` up to date on a thread of its own; the first
 * load of that directory waits for it (`takeHeadStart`) and then only reads the stored catalog.
 * The promise never rejects: if the thread fails, the load builds the catalog itself.
 * @example startHeadStart({ dir: '/site/content' })
 */
export function startHeadStart(job: HeadStartJob): Promise<void> {
  const dir = resolve(job.dir);
  const running = started.get(dir);
  if (running) return running;
  const ready = new Promise<void>((done) => {
    let worker: Worker;
    try {
      // The thread compiles the parser with the process's compile cache, when it has one (Astro
      // enables Node's outside CI): that took 0.1 s off the wait for 1,000 posts.
      // Node gives the directory of this Node version's entries, and adds that level itself.
      const current = getCompileCacheDir();
      const compileCache = current ? dirname(current) : undefined;
      const data: HeadStartThreadData = { ...job, dir, ...(compileCache ? { compileCache } : {}) };
      worker = new Worker(workerUrl, { workerData: data, resourceLimits: THREAD_LIMITS });
    } catch {
      done();
      return;
    }
    worker.once('message', () => done());
    worker.once('error', () => done());
    worker.once('exit', () => done());
    // A command that never loads content ends without waiting for it.
    worker.unref();
  });
  started.set(dir, ready);
  return ready;
}

/**
 * The head start of `dir`, taken: the first load waits for it, later ones (a dev server's
 * reloads) do not.
 */
export function takeHeadStart(dir: string): Promise<void> | undefined {
  const key = resolve(dir);
  const ready = started.get(key);
  started.delete(key);
  return ready;
}

/**
 * Starts the head start of `options.base` (relative to `root`, the working directory by
 * default) when it holds at least `minArticles` articles, and says whether it did: what the
 * integration does once Astro has read its config. A command that runs Astro in its own process
 * calls it before loading Astro, which takes some 0.6 s, and the integration then finds it begun.
 * @example beginHeadStart({ base: './content' }) // then Astro's command, in this process
 */
export function beginHeadStart(
  options: HeadStartOptions,
  root: URL = pathToFileURL(`${process.cwd()}${sep}`),
): boolean {
  const dir = resolveBase(options.base, root);
  // Begun already (by the command, before the integration): no need to count again.
  if (started.has(resolve(dir))) return true;
  const least = options.minArticles ?? HEAD_START_MIN_ARTICLES;
  if (!holdsAtLeast(join(dir, 'posts'), least)) return false;
  void startHeadStart({
    dir,
    ...(options.cacheDir !== undefined
      ? { cacheDir: resolveCacheDir(options.cacheDir, root) }
      : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.drafts !== undefined ? { drafts: options.drafts } : {}),
  });
  return true;
}

/**
 * An Astro integration that starts building the catalog as soon as Astro has read its config,
 * on a thread of its own, while Astro starts Vite and reads the content config: the loaders
 * then read the catalog from the cache. Give it the loaders' `base` (and `cacheDir`, if set).
 * Taken from 1,000 articles (`minArticles`): below, the thread slows Astro's start as much as
 * it saves.
 * @example defineConfig({ integrations: [confnotesHeadStart({ base: './content' })] })
 */
export function confnotesHeadStart(options: HeadStartOptions): HeadStartIntegration {
  return {
    name: 'confnotes-head-start',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // `astro preview` serves a build; it reads no content.
        if (command !== 'preview') beginHeadStart(options, config.root);
      },
    },
  };
}
