import { readFileSync } from 'node:fs';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { combineAnalyses } from '../resolve/analyze.ts';
import { buildCatalog } from '../resolve/build-catalog.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { analyzeSources, type SourceFile } from './analyze-sources.ts';
import { defaultCacheDir } from './cache-dir.ts';
import { loadCuration, loadEvents } from './load-records.ts';
import { type ArticleFile, readArticleFiles } from './read-article-files.ts';

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

function* readAll(files: readonly ArticleFile[], diagnostics: Diagnostic[]): Iterable<SourceFile> {
  for (const file of files) {
    try {
      yield { path: file.path, source: readFileSync(file.absolute) };
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      diagnostics.push(diagnostic('unreadable-file', detail, file.path, { line: 1, column: 1 }));
    }
  }
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
  const cacheDir = options.cacheDir ?? defaultCacheDir(dir);
  const analyses = await analyzeSources(readAll(files, diagnostics), {
    cache: cacheDir === false ? undefined : new AnalysisCache(cacheDir),
    workers: options.workers,
    onProgress: options.onProgress,
    total: files.length,
  });
  const analyzed = combineAnalyses(analyses);
  const events = await loadEvents(dir);
  const curation = await loadCuration(dir);
  return buildCatalog({
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
}
