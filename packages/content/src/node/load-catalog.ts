import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { ArticleAnalysis } from '../resolve/analyze.ts';
import type { CatalogMemo } from '../resolve/catalog-memo.ts';
import type { TracedArticle } from '../resolve/catalog-trace.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { AnalysisCache, analysisKey, analysisKeyOfFile } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import type { SourceFile } from './analyze-sources.ts';
import { contentCacheDir, defaultCacheDir } from './cache-dir.ts';
import { CatalogStore, type StoreHead } from './catalog-store.ts';
import { readChecked, writeChecked } from './checked-file.ts';
import { CONTENT_MARKS } from './content-bounds.ts';
import { contentKey, recordsDigest } from './content-key.ts';
import { contentPath, realContentDir } from './content-root.ts';
import type { loadCuration, loadEvents } from './load-records.ts';
import { type ArticleFile, readArticleFiles } from './read-article-files.ts';
import { readFailure } from './read-failure.ts';
import type { SegmentReads } from './read-segments.ts';
import { SourceManifest } from './source-manifest.ts';
import { TextSpill } from './text-spill.ts';

// The memo holds merges the code made: another version of the code ignores it.
const MEMO_MAGIC = `CNMM1:${ANALYSIS_VERSION}`;

// Files whose keys a patch leaves out of the manifest: each costs the next build a read.
const MANIFEST_SLACK = 32;

// The parser, the merge and the YAML of curated records are loaded only when a catalog is built
// or patched: a process that reads the stored catalog (a server's start, a build after one that
// prepared the catalog) never needs them: some 200 ms of loading from source, and 20 MB.

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** What `loadCatalog` gives: the catalog, and the build's diagnostics. */
export interface LoadedCatalog {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /**
   * A digest of everything the catalog was built from (each article, the curated records, the
   * code's version), when it was built with a cache: the same key, the same catalog. Servers use
   * it as the catalog's version instead of hashing all of its JSON.
   */
  key?: string;
}

type Built = LoadedCatalog;

export interface LoadCatalogOptions {
  /**
   * Where analyses of articles are kept between builds, so a rebuild reads again only what
   * changed; `false` for no cache. Default (and for `''`): `node_modules/.cache/confnotes` of
   * the nearest package, or `.cache/confnotes` beside the content directory.
   */
  readonly cacheDir?: string | false;
  /** Threads that parse articles; 1 parses on the calling thread. Default: one per core. */
  readonly workers?: number;
  /**
   * Fewer articles to parse than this per thread are parsed on the calling thread alone
   * (default 750): a thread takes some 0.4 s to start.
   */
  readonly minPerWorker?: number;
  /** Called as articles are analyzed, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called as each stage of the build ends, with its wall time in ms, for profiling: `list`,
   * `keys`, `snapshot` (reading the stored catalog), `analyze`, `combine`, `records`, `build`,
   * `store`; a patch of the stored catalog after a few changes has `trace`, `snapshot`,
   * `analyze`, `records`, `patch` and `store`.
   */
  readonly onStage?: (stage: string, ms: number) => void;
  /**
   * Whether posts' bodies, HTML and text are kept in a file of the cache directory, read back
   * each time a post's field is read, rather than in memory: they are most of a catalog's
   * memory. The file goes with the process, or sooner once no post can read it. Default: true
   * when there is a cache directory.
   */
  readonly spillText?: boolean;
  /**
   * Whether draft posts (`draft: true`, or `published: false`) are in the catalog, with the
   * talks and speakers only they report and what they say of the others. Default: true. A site
   * that publishes the catalog sets it to false: leaving drafts out of its lists alone would
   * still publish the talks, speakers and takeaways they report.
   */
  readonly drafts?: boolean;
}

/** `built` with the listing's diagnostics first, in its catalog as in its own list. */
function withListed(built: Built, listed: readonly Diagnostic[]): Built {
  if (listed.length === 0) return built;
  return {
    ...built,
    catalog: { ...built.catalog, diagnostics: [...listed, ...built.catalog.diagnostics] },
    diagnostics: [...listed, ...built.diagnostics],
  };
}

type Records = {
  events: Awaited<ReturnType<typeof loadEvents>>;
  curation: Awaited<ReturnType<typeof loadCuration>>;
};

/**
 * The curated records and their diagnostics, from `file` when it holds those of records with
 * this digest: reading YAML and validating it costs more than the rest of a rebuild's reading.
 */
async function loadRecords(dir: string, file: string | undefined, digest: string) {
  const magic = `CNRC1:${ANALYSIS_VERSION}:${digest}`;
  const stored = file && readChecked(file, magic);
  if (stored) {
    try {
      return JSON.parse(stored) as Records;
    } catch {}
  }
  const { loadCuration, loadEvents } = await import('./load-records.ts');
  const records: Records = { events: await loadEvents(dir), curation: await loadCuration(dir) };
  // Stored only when the files did not change while they were read.
  if (file && recordsDigest(dir) === digest) writeChecked(file, magic, JSON.stringify(records));
  return records;
}

/**
 * Builds the catalog of a content directory: every article under `posts/`, the curated events
 * under `events/`, and the corrections in `speakers.yaml` and `talks.yaml`. Never throws on bad
 * content: a broken article is a diagnostic, and every other article is in the catalog.
 * Articles are parsed on worker threads and their analyses cached on disk, so a rebuild parses
 * only the articles that changed; the catalog is the same either way.
 * @example const { catalog, diagnostics } = await loadCatalog('content', { workers: 1, cacheDir: false });
 */
export async function loadCatalog(
  dir: string | URL,
  options: LoadCatalogOptions = {},
): Promise<LoadedCatalog> {
  return (await load(dir, options, false))!;
}

/**
 * Brings the cache of a content directory up to date, as `loadCatalog` would, without reading
 * the stored catalog when it is already so: a later `loadCatalog` then only reads it. A process
 * starts this early, on a thread of its own, to have the catalog ready when it asks for it.
 * Resolves false when there is no cache to prepare (`cacheDir: false`).
 * @example await prepareCatalog('content'); const { catalog } = await loadCatalog('content');
 */
export async function prepareCatalog(
  dir: string | URL,
  options: Omit<LoadCatalogOptions, 'spillText'> = {},
): Promise<boolean> {
  if (options.cacheDir === false) return false;
  await load(dir, options, true);
  return true;
}

/**
 * `dir` when the cache can be kept there, made if need be; undefined otherwise (a file where
 * a folder of it should be, a read-only disk): then the catalog is built without a cache, as
 * with `cacheDir: false`, rather than not at all.
 */
function usable(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return undefined;
  }
}

async function load(
  given: string | URL,
  options: LoadCatalogOptions,
  prepareOnly: boolean,
): Promise<Built | undefined> {
  const dir = contentPath(given);
  const { workers } = options;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
    throw new TypeError(
      `workers must be a whole number of threads, 1 or more (1 parses on the calling thread), not ${JSON.stringify(workers) ?? String(workers)}.`,
    );
  // Before a cache folder is made for it.
  realContentDir(dir);
  // An empty folder name (an unset variable passed on) is no folder, not the working one.
  const cacheRoot = options.cacheDir === false ? false : options.cacheDir || defaultCacheDir(dir);
  const own = cacheRoot === false ? undefined : usable(contentCacheDir(dir, cacheRoot));
  const store = own ? new CatalogStore(join(own, 'store'), ANALYSIS_VERSION) : undefined;
  const head = store?.head();
  const spill = own && options.spillText !== false ? TextSpill.open(own) : undefined;
  // The stored catalog is read from the start, on another thread, while the articles are
  // listed: a rebuild reads it whether nothing or a few articles changed. Not when only
  // preparing: then it is read only if a few articles changed.
  const reads =
    store && head && !prepareOnly ? store.prefetch(head, spill ? own : undefined) : undefined;
  try {
    return await loadWith(dir, options, { own, store, head, reads, spill, prepareOnly });
  } finally {
    reads?.end();
    // Nothing will read the catalog built here.
    if (prepareOnly) spill?.close();
  }
}

/** What `loadCatalog` knows of the stored catalog before it lists the articles. */
interface Stored {
  readonly own: string | undefined;
  readonly store: CatalogStore | undefined;
  readonly head: StoreHead | undefined;
  readonly reads: SegmentReads | undefined;
  readonly spill: TextSpill | undefined;
  /** Whether the catalog is only stored, not returned (see `prepareCatalog`). */
  readonly prepareOnly: boolean;
}

async function loadWith(
  dir: string,
  options: LoadCatalogOptions,
  { own, store, head, reads, spill, prepareOnly }: Stored,
): Promise<Built | undefined> {
  const diagnostics: Diagnostic[] = [];
  let lap = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    options.onStage?.(name, now - lap);
    lap = now;
  };
  // What the listing could not read: never stored with a catalog, since it is not part of what
  // the catalog is built from, but given with each one built, patched or read.
  const listed: Diagnostic[] = [];
  const files = await readArticleFiles(dir, listed);
  // A wrong folder (`content/posts`, a loader's `base` off by one) would build an empty catalog,
  // and an empty site, without a word.
  if (files.length === 0 && !CONTENT_MARKS.some((name) => existsSync(join(dir, name))))
    listed.push(
      diagnostic('not-a-content-folder', 'the catalog is empty', 'posts/', { line: 1, column: 1 }),
    );
  stage('list');
  const cache = own ? new AnalysisCache(join(own, 'analyses')) : undefined;
  const manifest = own ? new SourceManifest(join(own, 'sources'), ANALYSIS_VERSION) : undefined;
  const unreadable = (file: ArticleFile, error: unknown): undefined => {
    diagnostics.push(
      diagnostic('unreadable-file', readFailure(error), file.path, { line: 1, column: 1 }),
    );
    return undefined;
  };
  const read = (file: ArticleFile): Uint8Array | undefined => {
    try {
      return readFileSync(file.absolute);
    } catch (error) {
      return unreadable(file, error);
    }
  };
  const keyOfFile = (file: ArticleFile): string | undefined => {
    try {
      return analysisKeyOfFile(file.path, file.absolute, ANALYSIS_VERSION);
    } catch (error) {
      return unreadable(file, error);
    }
  };
  // With a cache, every article's key is known before anything is analyzed: from the manifest
  // when the file looks unchanged, from its bytes otherwise. Together they key the snapshot of
  // the whole catalog.
  let learned = 0;
  // Bytes read for a key wait here until a patch or the analysis takes them, and are let go
  // then. Without a stored catalog to patch, all would be kept: they are read again instead.
  const bytesOf = new Map<string, Uint8Array>();
  const keepBytes = store !== undefined && head !== undefined;
  const sources: { path: string; key?: string; unreadable?: true }[] = files.map((f) => {
    const known = manifest?.keyOf(f);
    if (known !== undefined || !manifest) return { path: f.path, key: known };
    learned++;
    if (!keepBytes) {
      const key = keyOfFile(f);
      return key === undefined ? { path: f.path, unreadable: true } : { path: f.path, key };
    }
    const bytes = read(f);
    if (!bytes) return { path: f.path, unreadable: true };
    bytesOf.set(f.path, bytes);
    return { path: f.path, key: analysisKey(f.path, bytes, ANALYSIS_VERSION) };
  });
  const toAnalyze = function* (): Generator<SourceFile> {
    for (const [i, s] of sources.entries()) {
      const bytes = bytesOf.get(s.path);
      bytesOf.delete(s.path);
      if (bytes) yield { path: s.path, key: s.key, source: bytes };
      else if (s.unreadable) yield { path: s.path, source: () => undefined };
      else yield { path: s.path, key: s.key, source: () => read(files[i]!) };
    }
  };
  stage('keys');
  // A few files the manifest does not know are read again by the next build, which costs less
  // than writing the manifest of every file after each build that read a few.
  const learnKeys = (keyOf: (i: number) => string) => {
    if (learned > MANIFEST_SLACK)
      manifest?.save(files, new Map(files.map((f, i) => [f.path, keyOf(i)])));
  };
  const records = own ? recordsDigest(dir) : '';
  // A catalog without drafts is another catalog of the same files: keyed apart, and never
  // patched from one with them (nor the other way).
  const stamp = options.drafts === false ? `${records}+published` : records;
  const leftOut =
    options.drafts === false ? (a: ArticleAnalysis) => a.post?.draft === true : undefined;
  const snapshotKey =
    store && !diagnostics.length
      ? contentKey(ANALYSIS_VERSION, stamp, sources as { path: string; key: string }[])
      : undefined;
  const recordsFile = own && join(own, 'records');
  if (store && head && snapshotKey && head.key === snapshotKey) {
    if (prepareOnly) {
      learnKeys((i) => sources[i]!.key!);
      return undefined;
    }
    const snapshot = await store.read(head, reads, spill);
    stage('snapshot');
    if (snapshot) {
      learnKeys((i) => sources[i]!.key!);
      return withListed(
        { catalog: snapshot.catalog, diagnostics: snapshot.diagnostics, key: head.key },
        listed,
      );
    }
  } else if (store && head && snapshotKey && cache && head.records === stamp) {
    const { patchStored } = await import('./patch-stored.ts');
    const patched = await patchStored({
      store,
      head,
      cache,
      version: ANALYSIS_VERSION,
      files,
      keys: sources.map((s) => s.key!),
      bytesOf,
      records: () => loadRecords(dir, recordsFile, records),
      stage,
      reads,
      spill,
      leftOut,
    });
    if (patched) {
      cache.close();
      learnKeys((i) => patched.keys[i]!);
      const key = patched.keys.every((k, i) => k === sources[i]!.key)
        ? snapshotKey
        : contentKey(
            ANALYSIS_VERSION,
            stamp,
            files.map((f, i) => ({ path: f.path, key: patched.keys[i]! })),
          );
      store.write(key, stamp, patched.built, patched.trace, patched.layout);
      stage('store');
      return withListed({ ...patched.built, key }, listed);
    }
  }
  // Built whole: what was read of the stored catalog is not needed.
  reads?.end();
  const [{ analyzeSources }, { combineAnalyses }, { buildCatalog }, { CatalogMemo }] =
    await Promise.all([
      import('./analyze-sources.ts'),
      import('../resolve/analyze.ts'),
      import('../resolve/build-catalog.ts'),
      import('../resolve/catalog-memo.ts'),
    ]);
  const { analyses, keys } = await analyzeSources(toAnalyze(), {
    cache,
    workers: options.workers,
    minPerWorker: options.minPerWorker,
    onProgress: options.onProgress,
    total: files.length,
    spill,
  });
  cache?.close();
  manifest?.save(files, new Map(analyses.map((a, i) => [a.path, keys[i]!])));
  // Keyed by the keys the analyses were made for: a file the manifest took for unchanged may
  // have changed after all.
  const storeKey =
    snapshotKey && analyses.length === files.length
      ? contentKey(
          ANALYSIS_VERSION,
          stamp,
          analyses.map((a, i) => ({ path: a.path, key: keys[i]! })),
        )
      : undefined;
  // What a later patch needs of each article, taken before ids are made unique.
  const articles: TracedArticle[] | undefined = storeKey
    ? analyses
        .flatMap((a, i) => (leftOut?.(a) ? [] : [{ a, i }]))
        .map(({ a, i }) => ({
          path: a.path,
          key: keys[i]!,
          id: a.post?.id ?? null,
          diagnostics: a.diagnostics,
        }))
        .sort(byPath)
    : undefined;
  stage('analyze');
  const draftsLeftOut = leftOut !== undefined && analyses.some(leftOut);
  let analyzed: ReturnType<typeof combineAnalyses> | undefined = combineAnalyses(analyses, leftOut);
  // From here on only the posts and extractions are needed, and after the build none of them:
  // the analyses are let go before the catalog is stored, which is when memory peaks.
  analyses.length = 0;
  stage('combine');
  const { events, curation } = await loadRecords(dir, recordsFile, records);
  stage('records');
  const memoFile = own && join(own, 'memo');
  let memo: CatalogMemo | undefined;
  let body: string | undefined;
  if (memoFile) {
    body = readChecked(memoFile, MEMO_MAGIC);
    try {
      memo = CatalogMemo.fromJSON(body === undefined ? undefined : JSON.parse(body));
    } catch {
      memo = new CatalogMemo();
    }
  }
  const { trace, ...built } = buildCatalog({
    memo,
    posts: analyzed.posts,
    extractions: analyzed.extractions,
    events: events.events,
    curation: curation.curation,
    // A correction of what only drafts report would be said to match nothing: it is said by a
    // build with drafts (`confnotes check`), where it is true.
    ...(draftsLeftOut ? {} : { curationPlaces: curation.places }),
    diagnostics: [
      ...diagnostics,
      ...analyzed.diagnostics,
      ...events.diagnostics,
      ...curation.diagnostics,
    ],
    trace: articles !== undefined,
  });
  analyzed = undefined;
  stage('build');
  const next = memo && JSON.stringify(memo);
  memo = undefined;
  if (memoFile && next !== undefined && next !== body) writeChecked(memoFile, MEMO_MAGIC, next);
  if (store && storeKey && trace && articles) {
    store.write(storeKey, stamp, built, { ...trace, articles });
    // Where a catalog was stored whole before it was stored in segments.
    rmSync(join(own!, 'catalog'), { force: true });
  }
  stage('store');
  return withListed(storeKey ? { ...built, key: storeKey } : built, listed);
}
