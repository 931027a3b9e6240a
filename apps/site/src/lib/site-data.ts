import { getCollection } from 'astro:content';
import type { PostEntry } from '@confnotes/content/astro';
import { incrementalBuild } from '../env.ts';
import { type EntryDigests, type PageKeys, pageKeys } from './page-keys.ts';
import { publishedStatic } from './published-static.ts';
import { type Relations, relate } from './relations.ts';

interface SiteData {
  readonly relations: Relations;
  readonly digests: EntryDigests;
}

let loaded: Promise<SiteData> | undefined;
let keys: Promise<PageKeys> | undefined;

const digestsOf = (entries: readonly { id: string; digest?: string | number }[]) =>
  new Map(entries.map((e) => [e.id, e.digest]));

function load(): Promise<SiteData> {
  loaded ??= (async () => {
    const [posts, talks, speakers, events] = await Promise.all([
      getCollection('posts'),
      getCollection('talks'),
      getCollection('speakers'),
      getCollection('events'),
    ]);
    return {
      relations: relate({
        posts: posts.map((p) => p.data as PostEntry),
        talks: talks.map((t) => t.data),
        speakers: speakers.map((s) => s.data),
        events: events.map((e) => e.data),
      }),
      digests: {
        posts: digestsOf(posts),
        talks: digestsOf(talks),
        speakers: digestsOf(speakers),
        events: digestsOf(events),
      },
    };
  })();
  return loaded;
}

/**
 * The relations of the whole catalog, computed once per build: every page needs some of them,
 * and recomputing per page would make the build quadratic in the number of posts.
 */
export async function siteData(): Promise<Relations> {
  return (await load()).relations;
}

// Without incremental builds no page is keyed: Astro then neither checks nor keeps copies.
const noKeys: PageKeys = {
  post: () => undefined,
  talk: () => undefined,
  speaker: () => undefined,
  event: () => undefined,
  tag: () => undefined,
};

/** The keys that let an incremental build reuse the pages whose entries did not change. */
export function sitePageKeys(): Promise<PageKeys> {
  keys ??= incrementalBuild
    ? load().then(({ relations, digests }) =>
        pageKeys(relations, digests, publishedStatic().files.published),
      )
    : Promise.resolve(noKeys);
  return keys;
}
