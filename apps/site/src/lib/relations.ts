import type {
  Event,
  Mention,
  Speaker,
  SpeakerMention,
  Talk,
  TalkMention,
} from '@confnotes/content';
import type { PostEntry } from '@confnotes/content/astro';
import { articleLinks, type LinkedPost, tagSlug } from '@confnotes/content/portable';
import { compareText } from './compare-text.ts';
import { latestEventFirst } from './event-order.ts';

/** The catalog as the pages read it: records by id and the links between them, both ways. */
export type Relations = {
  posts: PostEntry[];
  talks: Talk[];
  speakers: Speaker[];
  /** Latest edition first (see `latestEventFirst`). */
  events: Event[];
  post: Map<string, PostEntry>;
  talk: Map<string, Talk>;
  speaker: Map<string, Speaker>;
  event: Map<string, Event>;
  /** Per post, the talks it mentions with the mentions, in order of first mention. */
  talksOfPost: Map<string, { talk: Talk; mentions: TalkMention[] }[]>;
  speakersOfPost: Map<string, { speaker: Speaker; mentions: SpeakerMention[] }[]>;
  /** Per speaker, the posts that name them or one of their talks, newest first. */
  postsOfSpeaker: Map<string, PostEntry[]>;
  /** Per talk, the ids of the posts that cover it. */
  coverage: Map<string, Set<string>>;
  tags: Map<string, { tag: string; posts: PostEntry[] }>;
  /** The post a link of a post leads to when it names another article's file (`day-one.md`). */
  articleLink: (from: PostEntry, href: string) => LinkedPost<PostEntry> | undefined;
};

// ISO dates order as plain strings.
const newestFirst = (a: PostEntry, b: PostEntry) => {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db ? 1 : da > db ? -1 : compareText(a.title, b.title);
};

/** Appends `mentions`, grouped by post, to `into`: one record per post it is mentioned in. */
function group<T, M extends Mention, R extends { mentions: M[] }>(
  into: Map<string, R[]>,
  record: T,
  mentions: readonly M[],
  make: (record: T, mentions: M[]) => R,
) {
  const byPost = new Map<string, M[]>();
  for (const m of mentions) {
    const list = byPost.get(m.post);
    if (list) list.push(m);
    else byPost.set(m.post, [m]);
  }
  for (const [post, list] of byPost) {
    const made = make(record, list);
    const existing = into.get(post);
    if (existing) existing.push(made);
    else into.set(post, [made]);
  }
}

function firstLine(x: { mentions: Mention[] }): number {
  let line = Number.POSITIVE_INFINITY;
  for (const m of x.mentions) if (m.line < line) line = m.line;
  return line;
}

/**
 * Builds the relations once per build. Drafts are the loader's to leave out (with the talks and
 * speakers only they report), or to keep for a preview: whatever it gives is published.
 */
export function relate(input: {
  posts: PostEntry[];
  talks: Talk[];
  speakers: Speaker[];
  events: Event[];
}): Relations {
  const posts = [...input.posts].sort(newestFirst);
  const post = new Map(posts.map((p) => [p.id, p]));
  // Each post's place in `posts`: lists of posts are put newest first by comparing numbers.
  const rank = new Map(posts.map((p, i) => [p.id, i]));
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
  const speakersOfPost = new Map<string, { speaker: Speaker; mentions: SpeakerMention[] }[]>();
  const postsOfSpeaker = new Map<string, PostEntry[]>();
  for (const s of input.speakers) {
    const ms = live(s.mentions);
    group(speakersOfPost, s, ms, (speaker, mentions) => ({ speaker, mentions }));
    const ids = new Set(ms.map((m) => m.post));
    for (const t of s.talks) for (const id of coverage.get(t) ?? []) ids.add(id);
    const ranks = [...ids].map((id) => rank.get(id)!).sort((a, b) => a - b);
    postsOfSpeaker.set(
      s.id,
      ranks.map((i) => posts[i]!),
    );
  }
  for (const list of [...talksOfPost.values(), ...speakersOfPost.values()]) {
    if (list.length > 1) list.sort((a, b) => firstLine(a) - firstLine(b));
  }

  const tags = new Map<string, { tag: string; posts: PostEntry[] }>();
  // Tags repeat across thousands of posts: each distinct spelling is slugged once.
  const slugs = new Map<string, string>();
  for (const p of posts) {
    // Two spellings of one tag in a post (`Docker`, `docker`) lead to one page: it lists the
    // post once.
    const own = new Set<string>();
    for (const tag of p.tags) {
      let slug = slugs.get(tag);
      if (slug === undefined) {
        slug = tagSlug(tag);
        slugs.set(tag, slug);
      }
      if (own.has(slug)) continue;
      own.add(slug);
      const entry = tags.get(slug);
      if (entry) entry.posts.push(p);
      else tags.set(slug, { tag, posts: [p] });
    }
  }
  return {
    posts,
    talks: input.talks,
    speakers: input.speakers,
    events: [...input.events].sort(latestEventFirst),
    post,
    talk,
    speaker,
    event,
    talksOfPost,
    speakersOfPost,
    postsOfSpeaker,
    coverage,
    tags,
    articleLink: articleLinks(posts),
  };
}
