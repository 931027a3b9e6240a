import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { combineAnalyses } from '../resolve/analyze.ts';
import { AnalysisCache, analysisKey } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import { analyzeSources } from './analyze-sources.ts';
import { defaultCacheDir } from './cache-dir.ts';
import { ageArticles } from './fixtures/age-articles.ts';
import { loadCatalog } from './load-catalog.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
generateCorpus(content, { posts: 120, seed: 11 });
const files = readdirSync(join(content, 'posts'))
  .sort()
  .map((f) => ({ path: `posts/${f}`, source: readFileSync(join(content, 'posts', f)) }));

// A worker that ends as soon as it is sent its first batch, without an answer.
const quitter = pathToFileURL(join(root, 'quitting-worker.mjs'));
writeFileSync(
  quitter,
  "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(0));\n",
);

// A build with a cache gives the key of what it was built from; one without a cache has none.
const keyless = ({ key: _key, ...built }: Awaited<ReturnType<typeof loadCatalog>>) => built;

describe('loadCatalog on threads and from the cache', () => {
  it('builds the same catalog on worker threads, from the cache, and inline without it', async () => {
    const sequential = await loadCatalog(content, { workers: 1, cacheDir: false });
    const cacheDir = join(root, 'cache');
    const progress: number[] = [];
    const parallel = await loadCatalog(content, {
      workers: 2,
      minPerWorker: 1,
      cacheDir,
      onProgress: (done) => progress.push(done),
    });
    const cached = await loadCatalog(content, { workers: 2, minPerWorker: 1, cacheDir });
    expect(sequential.catalog.posts).toHaveLength(120);
    expect(JSON.stringify(keyless(parallel))).toBe(JSON.stringify(sequential));
    expect(JSON.stringify(keyless(cached))).toBe(JSON.stringify(sequential));
    expect(cached.key).toBe(parallel.key);
    expect(progress.at(-1)).toBe(120);
  });

  it('reads long bodies, HTML and text back from a spill when there is a cache', async () => {
    const cacheDir = join(root, 'spill-cache');
    const spilled = (catalog: { posts: object[] }) =>
      catalog.posts.filter((p) =>
        ['body', 'html', 'text'].every((k) => Object.getOwnPropertyDescriptor(p, k)?.get),
      ).length;
    const inMemory = await loadCatalog(content, { workers: 2, minPerWorker: 1, cacheDir: false });
    const cold = await loadCatalog(content, { workers: 2, minPerWorker: 1, cacheDir });
    const warm = await loadCatalog(content, { workers: 2, minPerWorker: 1, cacheDir });
    const told = await loadCatalog(content, {
      workers: 2,
      minPerWorker: 1,
      cacheDir,
      spillText: false,
    });
    expect(spilled(inMemory.catalog)).toBe(0);
    expect(spilled(told.catalog)).toBe(0);
    // Every generated post is longer than a spilled string's least length.
    expect(spilled(cold.catalog)).toBe(120);
    expect(spilled(warm.catalog)).toBe(120);
    for (const built of [cold, warm, told]) expect(keyless(built)).toEqual(inMemory);
    expect(cold.catalog.posts[7]!.html).toBe(inMemory.catalog.posts[7]!.html);
    // A patch keeps the posts it did not touch spilled.
    const first = join(content, files[0]!.path);
    const before = readFileSync(first, 'utf8');
    try {
      writeFileSync(first, `${before}\nOne more line about the keynote.\n`);
      const patched = await loadCatalog(content, { workers: 2, minPerWorker: 1, cacheDir });
      expect(spilled(patched.catalog)).toBeGreaterThanOrEqual(119);
      expect(keyless(patched)).toEqual(await loadCatalog(content, { workers: 1, cacheDir: false }));
    } finally {
      writeFileSync(first, before);
    }
  });

  it('gives the same analyses on threads as inline, in the order of the files', async () => {
    const { analyses: inline } = await analyzeSources(files, { workers: 1 });
    const { analyses: threaded } = await analyzeSources(files, { workers: 2, minPerWorker: 1 });
    expect(threaded.map((a) => a.path)).toEqual(files.map((f) => f.path));
    expect(JSON.stringify(combineAnalyses(threaded))).toBe(JSON.stringify(combineAnalyses(inline)));
  });

  it('starts threads only when each has enough articles to repay its start', async () => {
    // A worker that says it started, then ends like the quitter: the articles are done inline.
    const marker = join(root, 'started');
    const announcing = pathToFileURL(join(root, 'announcing-worker.mjs'));
    writeFileSync(
      fileURLToPath(announcing),
      `import { writeFileSync } from 'node:fs';\nimport { parentPort } from 'node:worker_threads';\nwriteFileSync(${JSON.stringify(marker)}, '');\nparentPort.once('message', () => process.exit(0));\n`,
    );
    const { analyses: inline } = await analyzeSources(files, { workers: 1 });
    const run = async (minPerWorker?: number) => {
      rmSync(marker, { force: true });
      const { analyses } = await analyzeSources(files, {
        workers: 2,
        workerUrl: announcing,
        minPerWorker,
      });
      expect(JSON.stringify(analyses)).toBe(JSON.stringify(inline));
      return existsSync(marker);
    };
    // 120 articles are too few for a second thread by default...
    expect(await run()).toBe(false);
    // ...and enough for two threads of 60.
    expect(await run(60)).toBe(true);
    expect(await run(61)).toBe(false);
  });

  it('analyzes inline what threads could not, when a thread fails to start', async () => {
    const { analyses: inline } = await analyzeSources(files, { workers: 1 });
    const broken = new URL('./no-such-worker.ts', import.meta.url);
    const { analyses } = await analyzeSources(files, {
      workers: 2,
      minPerWorker: 1,
      workerUrl: broken,
    });
    expect(JSON.stringify(analyses)).toBe(JSON.stringify(inline));
  });

  it('analyzes inline what a thread left undone when it ends without an answer', async () => {
    const { analyses: inline } = await analyzeSources(files, { workers: 1 });
    const { analyses } = await analyzeSources(files, {
      workers: 2,
      minPerWorker: 1,
      workerUrl: quitter,
    });
    expect(JSON.stringify(analyses)).toBe(JSON.stringify(inline));
  });

  it('reads bytes when a thread takes the article, keys them as read, leaves out the unreadable', async () => {
    const reads = new Map<string, number>();
    const gone = files[5]!.path;
    // Keys from an earlier state of every file: each must be computed again from what is read.
    const readers = files.map((f) => ({
      path: f.path,
      key: `stale-${f.path}`,
      source: () => {
        reads.set(f.path, (reads.get(f.path) ?? 0) + 1);
        return f.path === gone ? undefined : f.source;
      },
    }));
    const readable = files.filter((f) => f.path !== gone);
    const { analyses: inline } = await analyzeSources(readable, { workers: 1 });
    for (const workers of [1, 2]) {
      reads.clear();
      let readFirst: number | undefined;
      let done = 0;
      const { analyses, keys } = await analyzeSources(readers, {
        workers,
        minPerWorker: 1,
        onProgress: (n) => {
          readFirst ??= reads.size;
          done = n;
        },
      });
      expect(done).toBe(files.length);
      // Not all read up front: the first answer comes while most bytes are still on disk.
      expect(readFirst).toBeLessThan(files.length / 2);
      expect(analyses.map((a) => a.path)).toEqual(readable.map((f) => f.path));
      expect(JSON.stringify(analyses)).toBe(JSON.stringify(inline));
      expect(keys).toEqual(readable.map((f) => analysisKey(f.path, f.source, ANALYSIS_VERSION)));
      expect([...reads.values()].every((n) => n === 1)).toBe(true);
      expect(reads.size).toBe(files.length);
    }
  });

  it('reads again what a thread took and left undone', async () => {
    const { analyses: inline } = await analyzeSources(files, { workers: 1 });
    const readers = files.map((f) => ({ path: f.path, key: 'stale', source: () => f.source }));
    const { analyses } = await analyzeSources(readers, {
      workers: 2,
      minPerWorker: 1,
      workerUrl: quitter,
    });
    expect(JSON.stringify(analyses)).toBe(JSON.stringify(inline));
  });

  it('caches on threads too: one pack per thread, then every analysis from the cache', async () => {
    const dir = join(root, 'threads-cache');
    await analyzeSources(files, { workers: 2, minPerWorker: 1, cache: new AnalysisCache(dir) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.pack'))).toHaveLength(2);
    const cache = new AnalysisCache(dir);
    const { keys } = await analyzeSources(files, { workers: 1 });
    expect(keys.every((k) => cache.read(k) !== undefined)).toBe(true);
  });

  it('reads again an article edited since the last build, and only that one', async () => {
    const dir = join(root, 'edit');
    generateCorpus(dir, { posts: 30, seed: 2 });
    const cacheDir = join(root, 'edit-cache');
    const before = await loadCatalog(dir, { cacheDir });
    const path = before.catalog.posts[3]!.source.path;
    ageArticles(dir);
    await loadCatalog(dir, { cacheDir });
    const text = readFileSync(join(dir, path), 'utf8');
    writeFileSync(
      join(dir, path),
      text.replace(/^(title: |Title: |\.\. title: |title = | {2}"title": )"?/m, '$&Edited '),
    );
    const after = await loadCatalog(dir, { cacheDir });
    const fresh = await loadCatalog(dir, { cacheDir: false, workers: 1 });
    expect(after.catalog.posts[3]!.title).toMatch(/^Edited /);
    expect(JSON.stringify(keyless(after))).toBe(JSON.stringify(keyless(fresh)));
  });

  it('keeps the cache out of the content directory', () => {
    expect(defaultCacheDir(content).startsWith(content)).toBe(false);
    expect(defaultCacheDir('/work/x/content')).not.toContain('/work/x/content/');
  });
});
