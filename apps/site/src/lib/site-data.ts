import { getCollection } from 'astro:content';
import type { PostEntry } from '@confnotes/content/astro';
import { type Relations, relate } from './relations.ts';

let relations: Promise<Relations> | undefined;

/**
 * The relations of the whole catalog, computed once per build: every page needs some of them,
 * and recomputing per page would make the build quadratic in the number of posts.
 */
export function siteData(): Promise<Relations> {
  relations ??= (async () => {
    const [posts, talks, speakers, events] = await Promise.all([
      getCollection('posts'),
      getCollection('talks'),
      getCollection('speakers'),
      getCollection('events'),
    ]);
    return relate({
      posts: posts.map((p) => p.data as PostEntry),
      talks: talks.map((t) => t.data),
      speakers: speakers.map((s) => s.data),
      events: events.map((e) => e.data),
    });
  })();
  return relations;
}
