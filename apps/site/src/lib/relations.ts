import type { Event, Mention, Speaker, Talk, TalkMention } from '@confnotes/content';
import type { PostEntry } from '@confnotes/content/astro';
import { tagSlug } from './paths.ts';

/** The catalog as the pages read it: records by id and the links between them, both ways. */
export type Relations = {
  posts: PostEntry[];
  talks: Talk[];
  speakers: Speaker[];
  events: Event[];
  post: Map<string, PostEntry>;
  talk: Map<string, Talk>;
  speaker: Map<string, Speaker>;
  event: Map<string, Event>;
  /** Per post, the talks it mentions with the mentions, in order of first mention. */
  talksOfPost: Map<string, { talk: Talk; mentions: TalkMention[] }[]>;
  speakersOfPost: Map<string, { speaker: Speaker; mentions: Mention[] }[]>;
  /** Per speaker, the posts that name them or one of their talks, newest first. */
  postsOfSpeaker: Map<string, PostEntry[]>;
  /** Per talk, the ids of the posts that cover it. */
  coverage: Map<string, Set<string>>;
  tags: Map<string, { tag: string; posts: PostEntry[] }>;
};

const newestFirst = (a: PostEntry, b: PostEntry) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

function group<T, M extends Mention>(
  into: Map<string, { mentions: M[] }[]>,
  record: T,
  mentions: readonly M[],
  make: (record: T, mentions: M[]) => { mentions: M[] },
) {
  const byPost = new Map<string, M[]>();
  for (const m of mentions) byPost.set(m.post, [...(byPost.get(m.post) ?? []), m]);
  for (const [post, list] of byPost) {
    into.set(post, [...(into.get(post) ?? []), make(record, list)]);
  }
}

const firstLine = (x: { mentions: Mention[] }) => Math.min(...x.mentions.map((m) => m.line));

/** Builds the relations once per build; drafts are left out of every list. */
export function relate(input: {
  posts: PostEntry[];
  talks: Talk[];
  speakers: Speaker[];
  events: Event[];
}): Relations {
  const posts = input.posts.filter((p) => !p.draft).sort(newestFirst);
  const post = new Map(posts.map((p) => [p.id, p]));
  const talk = new Map(input.talks.map((t) => [t.id, t]));
  const speaker = new Map(input.speakers.map((s) => [s.id, s]));
  const event = new Map(input.events.map((e) => [e.id, e]));
  const live = <M extends Mention>(ms: readonly M[]) => ms.filter((m) => post.has(m.post));

  const talksOfPost = new Map<string, { talk: Talk; mentions: TalkMention[] }[]>();
  const coverage = new Map<string, Set<string>>();
  for (const t of input.talks) {
    const ms = live(t.mentions);
    group(talksOfPost, t, ms, (talk, mentions) => ({ talk, mentions }));
    coverage.set(t.id, new Set(ms.map((m) => m.post)));
  }
  const speakersOfPost = new Map<string, { speaker: Speaker; mentions: Mention[] }[]>();
  const postsOfSpeaker = new Map<string, PostEntry[]>();
  for (const s of input.speakers) {
    group(speakersOfPost, s, live(s.mentions), (speaker, mentions) => ({ speaker, mentions }));
    const ids = new Set(live(s.mentions).map((m) => m.post));
    for (const t of s.talks) for (const id of coverage.get(t) ?? []) ids.add(id);
    postsOfSpeaker.set(s.id, [...ids].map((id) => post.get(id)!).sort(newestFirst));
  }
  for (const list of [...talksOfPost.values(), ...speakersOfPost.values()]) {
    list.sort((a, b) => firstLine(a) - firstLine(b));
  }

  const tags = new Map<string, { tag: string; posts: PostEntry[] }>();
  for (const p of posts) {
    for (const tag of new Set(p.tags)) {
      const slug = tagSlug(tag);
      const entry = tags.get(slug) ?? { tag, posts: [] };
      entry.posts.push(p);
      tags.set(slug, entry);
    }
  }
  return {
    posts,
    talks: input.talks,
    speakers: input.speakers,
    events: input.events,
    post,
    talk,
    speaker,
    event,
    talksOfPost,
    speakersOfPost,
    postsOfSpeaker,
    coverage,
    tags,
  };
}
