import type { PostExtraction } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import type { Post } from '../schema/post.ts';
import type { TalkCand } from './catalog-drafts.ts';
import { mergeTalkReports } from './merge-reports.ts';
import { NoPatch } from './no-patch.ts';
import { sameTalkReports } from './patch-extractions.ts';
import { at, SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';

// Posts in the events a patch merges again past which, when they are most of the catalog, a
// whole build is as cheap; below it a patch costs little either way.
const MIN_DECLINED_EVENT = 500;

/**
 * Whether a patch whose touched events hold `touchedPosts` of `posts` is declined: merging their
 * talks again would read nearly every post's analysis, and a whole build costs about as much.
 */
export function declinesEvents(touchedPosts: number, posts: number): boolean {
  return touchedPosts > MIN_DECLINED_EVENT && touchedPosts * 4 > posts * 3;
}

/** The reports a patch merges again, and the talks they merge into. */
export interface TouchedTalks {
  /** The previous build's talks made again when the changed posts merge as before, or undefined. */
  readonly narrow: Set<number> | undefined;
  /** The events whose talks are merged again, when `narrow` is undefined. */
  readonly touched: Set<string | null>;
  readonly cands: TalkCand[];
  /** The place of each of `cands`. */
  readonly candAt: number[];
  /** The index of each post with a report merged again. */
  readonly touchedIndex: Map<Post, number>;
  readonly merged: { groups: number[][]; near: [number, number][] };
  readonly inTouched: (post: Post) => boolean;
  /** The merged talk of each report merged again, by its place. */
  readonly groupAt: Map<number, number>;
}

/**
 * The talks a patch makes again, merged from their reports; throws `NoPatch` when a whole build
 * costs no more or a changed report could move a post of no event.
 */
export function mergeTouchedTalks(ps: PatchPosts): TouchedTalks {
  const {
    previous,
    trace,
    count,
    oldArticle,
    oldPostOfArticle,
    changedOld,
    kept,
    posts,
    changedNew,
    extractionOf,
    previousAnalysis,
    oldTalkAt,
    droppedTalk,
  } = ps;

  // The talks made again. When every changed post was edited in place and reports the talks
  // it reported (the same titles, labels and speakers, in the same event), the talks merge as
  // before: only the talks holding their reports are made again, however large their events.
  // Otherwise the talks of the events changed posts left or joined are merged again.
  const narrow = talksInPlace();
  function talksInPlace(): Set<number> | undefined {
    if (posts.length !== count) return undefined;
    const talks = new Set<number>();
    for (let p = 0; p < posts.length; p++) {
      if (!changedNew(p)) continue;
      const i = oldArticle.get(kept[p]!.path);
      if (i === undefined || oldPostOfArticle[i] !== p) return undefined;
      const before = previous.posts[p]!;
      if (before.id !== posts[p]!.id || (before.event ?? null) !== (posts[p]!.event ?? null))
        return undefined;
      const was = previousAnalysis(i);
      if (was?.path !== kept[p]!.path || was.post?.id !== trace.articles[i]!.id) return undefined;
      if (!was.extraction || !sameTalkReports(was.extraction, extractionOf(p))) return undefined;
      was.extraction.talks.forEach((_, t) => {
        const ti = oldTalkAt(p, t);
        if (ti !== undefined) talks.add(ti);
      });
    }
    // Each changed post of the build before is one of these: none was removed or replaced.
    for (let o = 0; o < count; o++) if (changedOld[o] && !changedNew(o)) return undefined;
    return talks;
  }
  const touched = new Set<string | null>();
  if (!narrow) {
    changedOld.forEach((c, o) => {
      if (c) touched.add(previous.posts[o]!.event ?? null);
    });
    posts.forEach((post, p) => {
      if (changedNew(p)) touched.add(post.event ?? null);
    });
    // When the touched events hold most of many posts, merging their talks again reads nearly
    // every post's analysis: a whole build costs about as much, and declining now wastes nothing.
    let touchedPosts = 0;
    for (const post of posts) if (touched.has(post.event ?? null)) touchedPosts++;
    if (declinesEvents(touchedPosts, posts.length)) throw new NoPatch();
    if (movesLoosePosts()) throw new NoPatch();
  }
  /** Whether a changed report has the title of a report that could place a post of no event. */
  function movesLoosePosts(): boolean {
    if (!trace.loose.length) return false;
    const titles = new Set(trace.loose.flatMap(([, t]) => t));
    const named = (x: PostExtraction | null | undefined) =>
      x?.talks.some((r) => r.title !== null && titles.has(normalize(r.title))) ?? true;
    for (let i = 0; i < trace.articles.length; i++) {
      const o = oldPostOfArticle[i]!;
      if (o >= 0 && changedOld[o] && named(previousAnalysis(i)?.extraction)) return true;
    }
    for (let p = 0; p < posts.length; p++) if (changedNew(p) && named(extractionOf(p))) return true;
    return false;
  }

  // The reports merged again, in the order of their places, and the talks they make.
  const cands: TalkCand[] = [];
  const candAt: number[] = [];
  const touchedIndex = new Map<Post, number>();
  let merged: { groups: number[][]; near: [number, number][] };
  if (narrow) {
    const places = [...narrow].flatMap((ti) => {
      const members = trace.talks[ti]!;
      const out: number[] = [];
      for (let k = 0; k < members.length; k += 2) out.push(at(members[k]!, members[k + 1]!));
      return out;
    });
    places.sort((a, b) => a - b);
    const candOf = new Map<number, number>();
    for (const n of places) {
      const p = Math.floor(n / SHIFT);
      const post = posts[p]!;
      touchedIndex.set(post, p);
      candOf.set(n, cands.length);
      cands.push({ post, event: post.event ?? null, talk: extractionOf(p).talks[n % SHIFT]! });
      candAt.push(n);
    }
    const groups = [...narrow].map((ti) => {
      const members = trace.talks[ti]!;
      const g: number[] = [];
      for (let k = 0; k < members.length; k += 2)
        g.push(candOf.get(at(members[k]!, members[k + 1]!))!);
      return g.sort((a, b) => a - b);
    });
    merged = { groups, near: [] };
  } else {
    posts.forEach((post, p) => {
      if (!touched.has(post.event ?? null)) return;
      touchedIndex.set(post, p);
      extractionOf(p).talks.forEach((talk, t) => {
        if (droppedTalk(talk.title, talk.label)) return;
        cands.push({ post, event: post.event ?? null, talk });
        candAt.push(at(p, t));
      });
    });
    merged = mergeTalkReports(cands, [], undefined);
  }
  const inTouched = (post: Post) => touchedIndex.has(post);
  // The merged talk of each report merged again, by its place.
  const groupAt = new Map<number, number>();
  merged.groups.forEach((g, gi) => {
    for (const i of g) groupAt.set(candAt[i]!, gi);
  });

  return { narrow, touched, cands, candAt, touchedIndex, merged, inTouched, groupAt };
}
