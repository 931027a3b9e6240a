import { readFileSync } from 'node:fs';
import { type ArticleAnalysis, analyzeArticle } from '../resolve/analyze.ts';
import type { CatalogTrace } from '../resolve/catalog-trace.ts';
import {
  declinesEvents,
  type PatchArticle,
  patchCatalog,
  sameTalkReports,
} from '../resolve/patch-catalog.ts';
import { postEvents } from '../resolve/post-events.ts';
import type { CurationPlaces } from '../resolve/unused-corrections.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import { type AnalysisCache, analysisKey } from './analysis-cache.ts';
import type { WorkerJob } from './analyze-worker.ts';
import type { CatalogStore, StoreHead, StoreLayout } from './catalog-store.ts';
import { decodePooled, encodePooled, type PooledSpill } from './pooled-codec.ts';
import type { ArticleFile } from './read-article-files.ts';
import type { SegmentReads } from './read-segments.ts';

/** What the patch of a stored catalog is given. */
export interface StoredPatchInput {
  readonly store: CatalogStore;
  readonly head: StoreHead;
  readonly cache: AnalysisCache;
  readonly version: string;
  /** The articles of the content, in the order they were listed, with their keys. */
  readonly files: readonly ArticleFile[];
  readonly keys: readonly string[];
  /** Bytes already read for a key, taken from here when an article is analyzed. */
  readonly bytesOf: ReadonlyMap<string, Uint8Array>;
  /** The curated records, loaded when the patch gets that far. */
  readonly records: () => Promise<{
    events: { events: Event[]; diagnostics: Diagnostic[] };
    curation: { curation: Curation; diagnostics: Diagnostic[]; places?: CurationPlaces };
  }>;
  readonly stage: (name: string) => void;
  /** The stored catalog's files, read ahead (see `CatalogStore.prefetch`). */
  readonly reads?: SegmentReads;
  /** Where the stored catalog's long strings are kept instead of in memory. */
  readonly spill?: PooledSpill;
  /**
   * Posts the catalog leaves out (drafts, for a published catalog). A changed article that is
   * one is built whole: the stored catalog's trace holds only the posts it has.
   */
  readonly leftOut?: (analysis: ArticleAnalysis) => boolean;
}

/** A patched catalog, its trace, the layout it was patched from and every article's key. */
export interface StoredPatch {
  readonly built: { catalog: Catalog; diagnostics: Diagnostic[] };
  readonly trace: CatalogTrace;
  readonly layout: StoreLayout;
  readonly keys: string[];
}

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/**
 * The catalog of the content, patched from the stored one when few articles changed since it
 * was built; undefined when it is not worth it or cannot be done, and the catalog is built
 * whole. The changed articles' analyses are cached as a build caches them.
 */
export async function patchStored(input: StoredPatchInput): Promise<StoredPatch | undefined> {
  const { store, head, cache, version, files, stage } = input;
  const traced = store.readTrace(head);
  stage('trace');
  if (!traced) return undefined;
  const { trace } = traced;
  const before = new Map(trace.articles.map((a) => [a.path, a.key]));
  const now = new Set(files.map((f) => f.path));
  const changed = files.flatMap((f, i) => (before.get(f.path) === input.keys[i] ? [] : [i]));
  const removed = trace.articles.filter((a) => !now.has(a.path)).length;
  // Past a tenth of the content, most events are touched and a whole build costs no more.
  if (!changed.length && !removed) return undefined;
  if (changed.length + removed > Math.max(8, files.length / 10)) return undefined;
  const cached = (key: string, path: string): ArticleAnalysis | undefined => {
    const bytes = cache.readBytes(key);
    if (!bytes) return undefined;
    try {
      const analysis = decodePooled(bytes) as ArticleAnalysis;
      return analysis.path === path ? analysis : undefined;
    } catch {
      return undefined;
    }
  };
  const keys = [...input.keys];
  const analyses = new Map<string, ArticleAnalysis>();
  const jobs: WorkerJob[] = [];
  for (const i of changed) {
    const file = files[i]!;
    const analysis = cached(keys[i]!, file.path);
    if (analysis) {
      analyses.set(file.path, analysis);
      continue;
    }
    let bytes = input.bytesOf.get(file.path);
    if (!bytes) {
      // A key from the manifest: the file looked unchanged, and is read to be sure.
      try {
        bytes = readFileSync(file.absolute);
      } catch {
        return undefined;
      }
      keys[i] = analysisKey(file.path, bytes, version);
    }
    jobs.push({ key: keys[i]!, path: file.path, source: bytes });
  }
  // Parsed here: on a worker thread, loading the parser costs the reading of the catalog
  // beside it more than parsing a few articles costs.
  for (const job of jobs) {
    const analysis = analyzeArticle(job);
    cache.write(job.key, encodePooled(analysis));
    analyses.set(job.path, analysis);
  }
  stage('analyze');
  if (input.leftOut && [...analyses.values()].some(input.leftOut)) {
    cache.flush();
    return undefined;
  }
  const { events, curation } = await input.records();
  stage('records');
  // The patch would decline once it had read the stored catalog: decline before. It does not
  // when the changed posts report the talks they reported before: then it makes only those.
  const eventOf = postEvents(events.events);
  const previousAnalyses = new Map<string, ArticleAnalysis>();
  const reportsAsBefore = () =>
    [...analyses.values()].every((now) => {
      const key = before.get(now.path);
      const was = key === undefined ? undefined : cached(key, now.path);
      // The patch compares them again: read once.
      if (was) previousAnalyses.set(key!, was);
      return (
        was?.post &&
        now.post &&
        was.extraction &&
        now.extraction &&
        was.post.id === now.post.id &&
        eventOf(was.post)?.id === eventOf(now.post)?.id &&
        sameTalkReports(was.extraction, now.extraction)
      );
    });
  if (!removed && touchesMostPosts(trace, [...analyses.values()], eventOf) && !reportsAsBefore()) {
    cache.flush();
    return undefined;
  }
  const previous = await store.read(head, input.reads, input.spill);
  stage('snapshot');
  // Packs pile up, one per patch, until a compaction writes them as one.
  if (previous && cache.packs > 64) cache.compact(new Set(keys));
  else cache.flush();
  if (!previous) return undefined;
  const articles: PatchArticle[] = files
    .map((f, i) => ({ path: f.path, key: keys[i]!, analysis: analyses.get(f.path) }))
    .sort(byPath);
  const patched = patchCatalog({
    catalog: previous.catalog,
    trace,
    articles,
    analysisOf: (a) => previousAnalyses.get(a.key) ?? cached(a.key, a.path),
    events: events.events,
    curation: curation.curation,
    curationPlaces: curation.places,
    diagnostics: [...events.diagnostics, ...curation.diagnostics],
  });
  stage('patch');
  if (!patched) return undefined;
  return {
    built: { catalog: patched.catalog, diagnostics: patched.diagnostics },
    trace: patched.trace,
    layout: { ...previous.layout, articles: traced.articles },
    keys,
  };
}

/**
 * Whether the events of the changed posts hold so many of the stored catalog's posts that
 * `patchCatalog` declines (an edited post is taken to stay in its event).
 */
function touchesMostPosts(
  trace: CatalogTrace,
  changed: readonly ArticleAnalysis[],
  eventOf: (post: Post) => Event | undefined,
): boolean {
  if (!trace.eventPosts) return false;
  const touched = new Set<string | null>();
  for (const a of changed) if (a.post) touched.add(eventOf(a.post)?.id ?? null);
  let touchedPosts = 0;
  let posts = 0;
  for (const [event, count] of trace.eventPosts) {
    posts += count;
    if (touched.has(event)) touchedPosts += count;
  }
  return declinesEvents(touchedPosts, posts);
}
