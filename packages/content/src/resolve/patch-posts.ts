import type { PostExtraction } from '../extract/extract-post.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { ArticleAnalysis } from './analyze.ts';
import type { CatalogTrace, TracedArticle } from './catalog-trace.ts';
import { collate } from './collate.ts';
import { speakerEntryMatches, talkEntryMatches } from './curation-match.ts';
import { resolveDuplicateIds } from './duplicate-ids.ts';
import { canPlace } from './events-by-talks.ts';
import { NoPatch } from './no-patch.ts';
import type { CatalogPatchInput } from './patch-catalog.ts';
import { renamed } from './patch-extractions.ts';
import { recordsByPlace } from './patch-places.ts';
import { postEvents } from './post-events.ts';
import { withFields } from './with-fields.ts';

/** An article of the content now, matched to its post of the previous build. */
export interface PatchEntry {
  readonly path: string;
  readonly article: TracedArticle;
  /** Its post's index in the previous build, or -1 when it is new or changed. */
  readonly old: number;
  readonly analysis?: ArticleAnalysis;
}

/**
 * The posts of a patch, old and new, matched to each other: a post is named by its index in
 * the posts of its build. With them, the reading of a post's extraction and of the records
 * the previous build made of its reports and namings, which every later step of the patch
 * needs.
 */
export interface PatchPosts {
  readonly previous: Catalog;
  readonly trace: CatalogTrace;
  readonly curation: Curation;
  /** How many posts the previous build has. */
  readonly count: number;
  readonly oldArticle: Map<string, number>;
  readonly oldPostOfArticle: Int32Array;
  readonly oldToNew: Int32Array;
  readonly newToOld: Int32Array;
  /** 1 for each post of the previous build that changed or was removed. */
  readonly changedOld: Uint8Array;
  readonly entries: PatchEntry[];
  /** The entries that have a post, in the order of the posts. */
  readonly kept: PatchEntry[];
  readonly duplicates: Diagnostic[];
  readonly posts: Post[];
  readonly inferredOf: [number, Event][];
  readonly events: Event[];
  readonly changedNew: (p: number) => boolean;
  readonly extractionOf: (p: number) => PostExtraction;
  /** An article's analysis as the previous build had it, by the article's index there. */
  readonly previousAnalysis: (i: number) => ArticleAnalysis | undefined;
  readonly oldTalkAt: (post: number, index: number) => number | undefined;
  readonly oldSpeakerAt: (post: number, index: number) => number | undefined;
  readonly oldSpeakerOf: (p: number, q: number) => number;
  readonly droppedTalk: (title: string | null, label: string | undefined) => boolean;
  readonly droppedPerson: (name: string) => boolean;
}

/**
 * The posts of `input`'s articles, the unchanged ones kept from the previous catalog; throws
 * `NoPatch` when the patch cannot be made from them.
 */
export function matchPosts(input: CatalogPatchInput): PatchPosts {
  const previous = input.catalog;
  const trace = input.trace;
  const curated = input.events ?? [];
  const curation = input.curation ?? { speakers: [], talks: [] };
  // A curated talk merges reports across events, and can name speakers of the whole catalog.
  if (curation.talks.some((c) => !c.drop)) throw new NoPatch();
  // A broken reference would have to be found again among records kept as they were.
  if (previous.diagnostics.some((d) => d.code === 'broken-reference')) throw new NoPatch();

  const droppedTalk = (title: string | null, label: string | undefined) =>
    curation.talks.some((c) => c.drop && talkEntryMatches(c, title, label));
  const droppedPerson = (name: string) =>
    curation.speakers.some((c) => c.drop && speakerEntryMatches(c, name));
  // Articles and posts, old and new: a post is named by its index in the posts of its build.
  const oldArticle = new Map(trace.articles.map((a, i) => [a.path, i]));
  const oldPostOfArticle = new Int32Array(trace.articles.length).fill(-1);
  let count = 0;
  trace.articles.forEach((a, i) => {
    if (a.id !== null) oldPostOfArticle[i] = count++;
  });
  if (count !== previous.posts.length) throw new NoPatch();
  const oldToNew = new Int32Array(count).fill(-1);
  const changedOld = new Uint8Array(count);
  const seen = new Uint8Array(trace.articles.length);
  const entries: PatchEntry[] = input.articles.map((a) => {
    const i = oldArticle.get(a.path);
    if (i !== undefined) seen[i] = 1;
    if (a.analysis) {
      const traced = {
        path: a.path,
        key: a.key,
        id: a.analysis.post?.id ?? null,
        diagnostics: a.analysis.diagnostics,
      };
      if (i !== undefined && oldPostOfArticle[i]! >= 0) changedOld[oldPostOfArticle[i]!] = 1;
      return { path: a.path, article: traced, old: -1, analysis: a.analysis };
    }
    if (i === undefined || trace.articles[i]!.key !== a.key) throw new NoPatch();
    return { path: a.path, article: trace.articles[i]!, old: oldPostOfArticle[i]! };
  });
  trace.articles.forEach((a, i) => {
    if (!seen[i] && oldPostOfArticle[i]! >= 0) changedOld[oldPostOfArticle[i]!] = 1;
    void a;
  });

  // Ids made unique as `combineAnalyses` does; an unchanged post must keep its id.
  const kept = entries.filter((e) => e.article.id !== null);
  const lite = kept.map((e) => ({ id: e.article.id!, source: { path: e.path } }));
  const duplicates = resolveDuplicateIds(lite);
  const eventOf = postEvents(curated);
  const placeable = (r: PostExtraction['talks'][number]) =>
    canPlace(r, (x) => droppedTalk(x.title, x.label));
  const curatedIds = new Set(curated.map((e) => e.id));
  const extractions = new Map<number, PostExtraction>();
  // The events inferred for posts, as the first post that infers each event gives it.
  const inferredOf: [number, Event][] = [];
  const newToOld = new Int32Array(kept.length);
  const posts: Post[] = kept.map((e, p) => {
    const id = lite[p]!.id;
    newToOld[p] = e.old;
    if (e.old >= 0) {
      const post = previous.posts[e.old]!;
      if (post.id !== id) throw new NoPatch();
      oldToNew[e.old] = p;
      return post;
    }
    const analysis = e.analysis!;
    const post = analysis.post!;
    extractions.set(p, renamed(analysis.extraction!, post.id, id));
    post.id = id;
    const event = eventOf(post);
    if (event && event.origin === 'inferred' && !curatedIds.has(event.id))
      inferredOf.push([p, event]);
    // Its reports may place it in an event, by the reports of every other post.
    if (!event && extractions.get(p)!.talks.some(placeable)) throw new NoPatch();
    return event ? withFields(post, { event: event.id }) : post;
  });
  const changedNew = (p: number) => newToOld[p]! < 0;
  const extractionOf = (p: number): PostExtraction => {
    let x = extractions.get(p);
    if (x) return x;
    const e = kept[p]!;
    const analysis = input.analysisOf(e.article);
    if (analysis?.path !== e.path || analysis.post?.id !== e.article.id || !analysis.extraction)
      throw new NoPatch();
    x = renamed(analysis.extraction, e.article.id!, posts[p]!.id);
    extractions.set(p, x);
    return x;
  };

  for (const [o, event] of trace.inferred)
    if (oldToNew[o]! >= 0) inferredOf.push([oldToNew[o]!, event]);
  inferredOf.sort((a, b) => a[0] - b[0]);
  const inferred = new Map<string, Event>();
  for (const [, e] of inferredOf) if (!inferred.has(e.id)) inferred.set(e.id, e);
  const usedEvents = new Set(posts.map((p) => p.event).filter(Boolean));
  const events = [...curated, ...[...inferred.values()].filter((e) => usedEvents.has(e.id))].sort(
    (a, b) => collate(a.id, b.id),
  );

  // The previous build's talks and speakers, by the reports and namings they hold.
  const oldTalkAt = recordsByPlace(trace.talks, count);
  const oldSpeakerAt = recordsByPlace(trace.speakers, count);
  const oldSpeakerOf = (p: number, q: number) => {
    const s = oldSpeakerAt(newToOld[p]!, q);
    if (s === undefined) throw new NoPatch();
    return s;
  };

  // The previous analysis of an article's post, as the previous build had it, read once.
  const previousAnalyses = new Map<number, ArticleAnalysis | undefined>();
  const previousAnalysis = (i: number) => {
    if (!previousAnalyses.has(i)) previousAnalyses.set(i, input.analysisOf(trace.articles[i]!));
    return previousAnalyses.get(i);
  };

  return {
    previous,
    trace,
    curation,
    count,
    oldArticle,
    oldPostOfArticle,
    oldToNew,
    newToOld,
    changedOld,
    entries,
    kept,
    duplicates,
    posts,
    inferredOf,
    events,
    changedNew,
    extractionOf,
    previousAnalysis,
    oldTalkAt,
    oldSpeakerAt,
    oldSpeakerOf,
    droppedTalk,
    droppedPerson,
  };
}
