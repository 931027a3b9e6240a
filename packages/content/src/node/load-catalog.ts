import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { combineAnalyses } from '../resolve/analyze.ts';
import { buildCatalog } from '../resolve/build-catalog.ts';
import { CatalogMemo } from '../resolve/catalog-memo.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import { analyzeSources } from './analyze-sources.ts';
import { defaultCacheDir } from './cache-dir.ts';
import { readChecked, writeChecked } from './checked-file.ts';
import { loadCuration, loadEvents } from './load-records.ts';
import { type ArticleFile, readArticleFiles } from './read-article-files.ts';
import { SourceManifest } from './source-manifest.ts';

// The memo holds merges the code made: another version of the code ignores it.
const MEMO_MAGIC = `CNMM1:${ANALYSIS_VERSION}`;

export interface LoadCatalogOptions {
  /**
   * Where analyses of articles are kept between builds, so a rebuild reads again only what
   * changed; `false` for no cache. Default: `node_modules/.cache/confnotes` of the nearest
   * package, or `.cache/confnotes` beside the content directory.
   */
  readonly cacheDir?: string | false;
  /** Threads that parse articles; 1 parses on the calling thread. Default: one per core. */
  readonly workers?: number;
  /** Called as articles are analyzed, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
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
  dir: string,
  options: LoadCatalogOptions = {},
): Promise<{ catalog: Catalog; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files = await readArticleFiles(dir);
  const cacheRoot = options.cacheDir ?? defaultCacheDir(dir);
  // Each content directory has its own part of the cache, so that pruning one never drops
  // another's analyses.
  const own =
    cacheRoot === false
      ? undefined
      : join(cacheRoot, createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16));
  const cache = own ? new AnalysisCache(join(own, 'analyses')) : undefined;
  const manifest = own ? new SourceManifest(join(own, 'sources'), ANALYSIS_VERSION) : undefined;
  const read = (file: ArticleFile) => () => {
    try {
      return readFileSync(file.absolute);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      diagnostics.push(diagnostic('unreadable-file', detail, file.path, { line: 1, column: 1 }));
      return undefined;
    }
  };
  const { analyses, keys } = await analyzeSources(
    files.map((f) => ({ path: f.path, key: manifest?.keyOf(f), source: read(f) })),
    { cache, workers: options.workers, onProgress: options.onProgress, total: files.length },
  );
  cache?.close();
  manifest?.save(files, new Map(analyses.map((a, i) => [a.path, keys[i]!])));
  const analyzed = combineAnalyses(analyses);
  const events = await loadEvents(dir);
  const curation = await loadCuration(dir);
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
  const built = buildCatalog({
    memo,
    posts: analyzed.posts,
    extractions: analyzed.extractions,
    events: events.events,
    curation: curation.curation,
    diagnostics: [
      ...diagnostics,
      ...analyzed.diagnostics,
      ...events.diagnostics,
      ...curation.diagnostics,
    ],
  });
  const next = memo && JSON.stringify(memo);
  if (memoFile && next !== undefined && next !== body) writeChecked(memoFile, MEMO_MAGIC, next);
  return built;
}
