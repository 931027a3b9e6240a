import { createHash } from 'node:crypto';
import type { Talk } from '@confnotes/content';
import { talkName } from './format.ts';
import type { Relations } from './relations.ts';

type Kind = 'posts' | 'talks' | 'speakers' | 'events';

/** Each entry's digest by id, per collection: the content store's own change marks. */
export type EntryDigests = Readonly<Record<Kind, ReadonlyMap<string, string | number | undefined>>>;

/**
 * The cache key of each page that `getStaticPaths` gives, by the id the page is for; undefined
 * for a page never to be reused.
 */
export interface PageKeys {
  post(id: string): string | undefined;
  talk(id: string): string | undefined;
  speaker(id: string): string | undefined;
  event(id: string): string | undefined;
  tag(slug: string): string | undefined;
}

/**
 * The keys Astro's incremental build compares to reuse a page it rendered before. A page's key
 * names every entry the page shows something of, with its digest: when one of them changes, or
 * one joins or leaves the page, the key changes and the page is rendered again. The sets reach
 * further than each template reads (a talk's page counts the talk's posts, so all of them are
 * in its key), so that a page is never reused stale; an edit still renders few pages again.
 */
export function pageKeys(
  data: Relations,
  digests: EntryDigests,
  staticFiles: readonly string[] = [],
): PageKeys {
  const key = (parts: Set<string>) =>
    createHash('sha256')
      .update([...parts].sort().join('\n'))
      .digest('base64url');
  const add = (into: Set<string>, kind: Kind, id: string | null | undefined) => {
    if (id) into.add(`${kind}/${id}@${digests[kind].get(id) ?? 'none'}`);
  };
  // A talk as any page shows it: its title and kind, its speakers' names, its event and the
  // posts that cover it (drafts included: a post that becomes one leaves the count).
  const addTalk = (into: Set<string>, talk: Talk | undefined) => {
    if (!talk) return;
    add(into, 'talks', talk.id);
    add(into, 'events', talk.event);
    for (const id of talk.speakers) add(into, 'speakers', id);
    for (const m of talk.mentions) add(into, 'posts', m.post);
  };
  const talksOfEvent = new Map<string, Talk[]>();
  for (const t of data.talks) {
    if (!t.event) continue;
    const list = talksOfEvent.get(t.event);
    if (list) list.push(t);
    else talksOfEvent.set(t.event, [t]);
  }
  // A talk's page is titled with its speakers when another talk has its name: which talks share
  // it is in the key too.
  const ofName = new Map<string, Talk[]>();
  for (const t of data.talks) {
    const list = ofName.get(talkName(t));
    if (list) list.push(t);
    else ofName.set(talkName(t), [t]);
  }
  const postsOfEvent = new Map<string, string[]>();
  for (const p of data.posts) {
    if (!p.event) continue;
    const list = postsOfEvent.get(p.event);
    if (list) list.push(p.id);
    else postsOfEvent.set(p.event, [p.id]);
  }
  // A post's links to files of `static/` go under the site's path once the file is there:
  // which files there are is in every post's key.
  const files = `static@${createHash('sha256').update(staticFiles.join('\n')).digest('base64url')}`;
  return {
    post(id) {
      const parts = new Set<string>([files]);
      add(parts, 'posts', id);
      add(parts, 'events', data.post.get(id)?.event);
      // A talk's speakers too: the side panel names them beside talks that share a title.
      for (const { talk } of data.talksOfPost.get(id) ?? []) {
        add(parts, 'talks', talk.id);
        for (const speaker of talk.speakers) add(parts, 'speakers', speaker);
      }
      for (const { speaker } of data.speakersOfPost.get(id) ?? [])
        add(parts, 'speakers', speaker.id);
      // Where each link to another article leads: a post added, renamed or removed moves it.
      const post = data.post.get(id);
      for (const link of post?.links ?? [])
        parts.add(`link ${link.url} ${data.articleLink(post!, link.url)?.post.id ?? ''}`);
      return key(parts);
    },
    talk(id) {
      const parts = new Set<string>();
      const talk = data.talk.get(id);
      addTalk(parts, talk);
      if (talk) for (const same of ofName.get(talkName(talk)) ?? []) add(parts, 'talks', same.id);
      return key(parts);
    },
    speaker(id) {
      const parts = new Set<string>();
      add(parts, 'speakers', id);
      const speaker = data.speaker.get(id);
      for (const t of speaker?.talks ?? []) addTalk(parts, data.talk.get(t));
      for (const m of speaker?.mentions ?? []) add(parts, 'posts', m.post);
      return key(parts);
    },
    event(id) {
      const parts = new Set<string>();
      add(parts, 'events', id);
      for (const t of talksOfEvent.get(id) ?? []) addTalk(parts, t);
      for (const p of postsOfEvent.get(id) ?? []) add(parts, 'posts', p);
      return key(parts);
    },
    tag(slug) {
      const parts = new Set<string>();
      for (const p of data.tags.get(slug)?.posts ?? []) add(parts, 'posts', p.id);
      return key(parts);
    },
  };
}
