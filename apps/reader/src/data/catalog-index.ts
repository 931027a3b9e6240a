import {
  type Catalog,
  type Event,
  indexCatalog as indexShared,
  type Mention,
  type Post,
  type CatalogIndex as SharedIndex,
  type Speaker,
  type Talk,
  type TalkMention,
  talkDisplayTitle,
} from '@confnotes/content/portable';

// The shared query helpers of `@confnotes/content/portable` answer "which talks, speakers,
// posts go together"; the reader adds one thing they do not keep: where in each post a talk or
// a speaker is named, in reading order, for Tab to step through.

/** A place in a post where a talk or a speaker is named. */
export type PostMention = {
  readonly kind: 'talk' | 'speaker';
  /** Id of the talk or speaker. */
  readonly id: string;
  readonly mention: Mention | TalkMention;
};

export type CatalogIndex = {
  readonly catalog: Catalog;
  /** Relations between records, from the core package. */
  readonly shared: SharedIndex;
  readonly posts: ReadonlyMap<string, Post>;
  readonly talks: ReadonlyMap<string, Talk>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly events: ReadonlyMap<string, Event>;
  /** Mentions of talks and speakers in each post, in the order they appear. */
  readonly mentionsInPost: ReadonlyMap<string, readonly PostMention[]>;
};

/**
 * The reader's index of a catalog. Each part is built the first time a screen asks for it: the
 * first frame of a list needs none of them, and a 10,000-post catalog should not wait for all.
 */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const once = <T>(build: () => T) => {
    let value: T | undefined;
    return () => {
      value ??= build();
      return value;
    };
  };
  const byId = <T extends { id: string }>(records: readonly T[]) =>
    once(() => new Map(records.map((r) => [r.id, r])));
  const shared = once(() => indexShared(catalog));
  const posts = byId(catalog.posts);
  const talks = byId(catalog.talks);
  const speakers = byId(catalog.speakers);
  const events = byId(catalog.events);
  const mentionsInPost = once(() => postMentions(catalog));
  return {
    catalog,
    get shared() {
      return shared();
    },
    get posts() {
      return posts();
    },
    get talks() {
      return talks();
    },
    get speakers() {
      return speakers();
    },
    get events() {
      return events();
    },
    get mentionsInPost() {
      return mentionsInPost();
    },
  };
}

function postMentions(catalog: Catalog): ReadonlyMap<string, readonly PostMention[]> {
  const mentionsInPost = new Map<string, PostMention[]>();
  const add = (entry: PostMention) => {
    const list = mentionsInPost.get(entry.mention.post);
    if (list) list.push(entry);
    else mentionsInPost.set(entry.mention.post, [entry]);
  };
  for (const talk of catalog.talks) {
    for (const mention of talk.mentions) add({ kind: 'talk', id: talk.id, mention });
  }
  for (const speaker of catalog.speakers) {
    for (const mention of speaker.mentions) add({ kind: 'speaker', id: speaker.id, mention });
  }
  for (const list of mentionsInPost.values()) {
    list.sort((a, b) => a.mention.line - b.mention.line || a.mention.column - b.mention.column);
  }
  return mentionsInPost;
}

/** A talk's title, or the label of an untitled session. */
export const talkTitle = talkDisplayTitle;
