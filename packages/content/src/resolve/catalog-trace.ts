import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { LoosePost } from './events-by-talks.ts';

// What a catalog build did beyond the catalog, so that a later build can patch the catalog
// for a few changed posts instead of building it again. Plain JSON, stored beside the catalog.
// A report or a naming is named by its post's index in the catalog's posts and its index in
// that post's extraction (`talks` or `people`).

/** Where a possible duplicate was found: the first report's post and talk, then the second's. */
export type NearAt = [post: number, talk: number, otherPost: number, otherTalk: number];

/** What `buildCatalog` gives beside the catalog when asked for its trace. */
export interface BuildTrace {
  /** For each talk of the catalog, in order, its reports: post, talk, post, talk... */
  readonly talks: number[][];
  /** For each speaker of the catalog, in order, its namings: post, person, post, person... */
  readonly speakers: number[][];
  /** The possible duplicates found, in the catalog's order, with their findings. */
  readonly near: { readonly at: NearAt; readonly diagnostic: Diagnostic }[];
  /** The event inferred for each post that fits no curated event: post index, event. */
  readonly inferred: [number, Event][];
  /**
   * The posts of no event of their own that their reports could place in one (see
   * `placeByTalks`), with those reports' titles: a change to a report of one of these titles can
   * move them.
   */
  readonly loose: LoosePost[];
  /**
   * How many posts each event has (null for posts of no event), so that a later build can
   * tell whether patching is worth it before it reads the catalog. Absent in older traces.
   */
  readonly eventPosts?: [event: string | null, posts: number][];
  /** Each key a naming has (see `personKeys`) and the index of the speaker it belongs to. */
  readonly keys: [string, number][];
  /** The base of each talk's id and each speaker's (see `IdAllocator.baseOf`). */
  readonly talkBases: string[];
  readonly speakerBases: string[];
}

/** One analyzed article as the trace of a catalog keeps it. */
export interface TracedArticle {
  readonly path: string;
  /** The article's cache key: its analysis is in the analysis cache under it. */
  readonly key: string;
  /** Its post's id before ids were made unique, or null when it has no post. */
  readonly id: string | null;
  readonly diagnostics: Diagnostic[];
}

/** A build's trace with every article it was built from, in path order. */
export interface CatalogTrace extends BuildTrace {
  readonly articles: TracedArticle[];
}

/** The `eventPosts` of a trace: how many posts each event has. */
export function countEventPosts(
  posts: readonly { readonly event?: string }[],
): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const post of posts)
    counts.set(post.event ?? null, (counts.get(post.event ?? null) ?? 0) + 1);
  return [...counts];
}
