import type { Catalog } from '../schema/catalog.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import { checkCatalog } from './check-catalog.ts';
import { mentionedPosts } from './mentioned-posts.ts';
import { tagSlug } from './tag-slug.ts';

/** Every lookup and relation of a catalog as a map, built once per catalog object. */
export interface CatalogIndex {
  readonly posts: ReadonlyMap<string, Post>;
  readonly talks: ReadonlyMap<string, Talk>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly events: ReadonlyMap<string, Event>;
  readonly speakersByTalk: ReadonlyMap<string, readonly Speaker[]>;
  readonly talksBySpeaker: ReadonlyMap<string, readonly Talk[]>;
  readonly postsByTalk: ReadonlyMap<string, readonly Post[]>;
  readonly talksByPost: ReadonlyMap<string, readonly Talk[]>;
  readonly speakersByPost: ReadonlyMap<string, readonly Speaker[]>;
  readonly postsBySpeaker: ReadonlyMap<string, readonly Post[]>;
  readonly talksByEvent: ReadonlyMap<string, readonly Talk[]>;
  readonly speakersByEvent: ReadonlyMap<string, readonly Speaker[]>;
  readonly postsByEvent: ReadonlyMap<string, readonly Post[]>;
  /** Keyed by `normalizeTag(tag)`. */
  readonly postsByTag: ReadonlyMap<string, readonly Post[]>;
  readonly postsByYear: ReadonlyMap<number, readonly Post[]>;
}

/**
 * The form tags are compared in: their id (`tagSlug`), so `Docker`, `docker ` and `DOCKER` are
 * one tag, and so are `Getting Started` and `getting-started`, and `café` typed with a composed
 * `é` or with `e` and an accent (as macOS keyboards and file names give it). Empty for a blank
 * tag, which is no tag.
 * @example normalizeTag(' Getting Started ') // 'getting-started'
 */
export function normalizeTag(tag: string): string {
  return tag.trim() === '' ? '' : tagSlug(tag);
}

/**
 * The year a post was published, from its date; undefined for an undated post.
 * @example postYear({ date: '2015-11-19T08:50:20+01:00' }) // 2015
 */
export function postYear(post: Pick<Post, 'date'>): number | undefined {
  return post.date ? Number(post.date.slice(0, 4)) : undefined;
}

// Collects related records per key as sets (a post may name a talk twice), then lists them in
// catalog order so every surface shows relations in the same, stable order.
class Relation<K, V> {
  readonly sets = new Map<K, Set<V>>();
  add(key: K, value: V | undefined): void {
    if (value === undefined) return;
    let set = this.sets.get(key);
    if (!set) {
      set = new Set();
      this.sets.set(key, set);
    }
    set.add(value);
  }
  // Frozen, as their type says: every caller is given the same list, and one that sorted or
  // reversed it in place would reorder every later answer.
  ordered(order: ReadonlyMap<V, number>): Map<K, readonly V[]> {
    const out = new Map<K, readonly V[]>();
    for (const [key, set] of this.sets) {
      out.set(
        key,
        Object.freeze([...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))),
      );
    }
    return out;
  }
}

const positions = <T>(items: readonly T[]) => new Map(items.map((item, i) => [item, i]));

function buildIndex(catalog: Catalog): CatalogIndex {
  const posts = new Map(catalog.posts.map((post) => [post.id, post]));
  const talks = new Map(catalog.talks.map((talk) => [talk.id, talk]));
  const speakers = new Map(catalog.speakers.map((speaker) => [speaker.id, speaker]));
  const events = new Map(catalog.events.map((event) => [event.id, event]));

  const speakersByTalk = new Relation<string, Speaker>();
  const talksBySpeaker = new Relation<string, Talk>();
  const postsByTalk = new Relation<string, Post>();
  const talksByPost = new Relation<string, Talk>();
  const speakersByPost = new Relation<string, Speaker>();
  const postsBySpeaker = new Relation<string, Post>();
  const talksByEvent = new Relation<string, Talk>();
  const speakersByEvent = new Relation<string, Speaker>();
  const postsByEvent = new Relation<string, Post>();
  const postsByTag = new Relation<string, Post>();
  const postsByYear = new Relation<number, Post>();

  for (const post of catalog.posts) {
    for (const tag of post.tags) postsByTag.add(normalizeTag(tag), post);
    const year = postYear(post);
    if (year !== undefined) postsByYear.add(year, post);
    if (post.event) postsByEvent.add(post.event, post);
  }
  // A talk and a speaker each list the other; both sides are read so that a catalog checked
  // only one way still relates them.
  for (const talk of catalog.talks) {
    for (const id of talk.speakers) {
      const speaker = speakers.get(id);
      speakersByTalk.add(talk.id, speaker);
      if (speaker) talksBySpeaker.add(speaker.id, talk);
    }
    if (talk.event) talksByEvent.add(talk.event, talk);
    for (const id of mentionedPosts(talk)) {
      const post = posts.get(id);
      postsByTalk.add(talk.id, post);
      if (post) talksByPost.add(post.id, talk);
    }
  }
  for (const speaker of catalog.speakers) {
    for (const id of speaker.talks) {
      const talk = talks.get(id);
      talksBySpeaker.add(speaker.id, talk);
      if (talk) speakersByTalk.add(talk.id, speaker);
    }
    for (const id of mentionedPosts(speaker)) {
      const post = posts.get(id);
      postsBySpeaker.add(speaker.id, post);
      if (post) speakersByPost.add(post.id, speaker);
    }
  }
  // Derived relations: a post about a talk is about its speakers and its event.
  for (const [talkId, talkSpeakers] of speakersByTalk.sets) {
    const talk = talks.get(talkId);
    for (const post of postsByTalk.sets.get(talkId) ?? []) {
      for (const speaker of talkSpeakers) {
        speakersByPost.add(post.id, speaker);
        postsBySpeaker.add(speaker.id, post);
      }
    }
    if (talk?.event) for (const speaker of talkSpeakers) speakersByEvent.add(talk.event, speaker);
  }
  for (const talk of catalog.talks) {
    if (!talk.event) continue;
    for (const post of postsByTalk.sets.get(talk.id) ?? []) postsByEvent.add(talk.event, post);
  }

  const postOrder = positions(catalog.posts);
  const talkOrder = positions(catalog.talks);
  const speakerOrder = positions(catalog.speakers);
  return {
    posts,
    talks,
    speakers,
    events,
    speakersByTalk: speakersByTalk.ordered(speakerOrder),
    talksBySpeaker: talksBySpeaker.ordered(talkOrder),
    postsByTalk: postsByTalk.ordered(postOrder),
    talksByPost: talksByPost.ordered(talkOrder),
    speakersByPost: speakersByPost.ordered(speakerOrder),
    postsBySpeaker: postsBySpeaker.ordered(postOrder),
    talksByEvent: talksByEvent.ordered(talkOrder),
    speakersByEvent: speakersByEvent.ordered(speakerOrder),
    postsByEvent: postsByEvent.ordered(postOrder),
    postsByTag: postsByTag.ordered(postOrder),
    postsByYear: postsByYear.ordered(postOrder),
  };
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/**
 * The maps behind every query helper, built on first use and kept as long as the catalog object
 * lives. A catalog is treated as immutable: build a new one rather than editing it in place.
 * @example indexCatalog(catalog).talks.get('understanding-docker-security')?.title
 */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    checkCatalog(catalog);
    index = buildIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}
