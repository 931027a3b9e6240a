import type { Catalog, Post } from '../schema/index.ts';
import { Event, Post as PostSchema, Speaker, Talk } from '../schema/index.ts';
import type { StoredEntry } from './loader-context.ts';

/** The collections the loader fills, one per record of the catalog. */
export type CollectionName = 'posts' | 'talks' | 'speakers' | 'events';

/**
 * A post as its collection stores it: the HTML goes to `rendered` (so `render(entry)` gives a
 * `<Content />`) and the Markdown to `body`, the places Astro's own `glob()` loader uses.
 */
export const PostEntry = PostSchema.omit({ html: true, body: true });
export type PostEntry = Omit<Post, 'html' | 'body'>;

export const schemas = {
  posts: PostEntry,
  talks: Talk,
  speakers: Speaker,
  events: Event,
} as const;

/** The entries of one collection, before Astro validates them. */
export function entriesOf(
  catalog: Catalog,
  collection: CollectionName,
  filePathOf: (path: string) => string,
): StoredEntry[] {
  switch (collection) {
    case 'posts':
      return catalog.posts.map(({ html, body, ...data }) => ({
        id: data.id,
        data,
        body,
        filePath: filePathOf(data.source.path),
        rendered: {
          html,
          metadata: {
            headings: data.headings.map((h) => ({ depth: h.depth, slug: h.anchor, text: h.text })),
          },
        },
      }));
    case 'talks':
      return catalog.talks.map((talk) => ({ id: talk.id, data: talk }));
    case 'speakers':
      return catalog.speakers.map((speaker) => ({ id: speaker.id, data: speaker }));
    case 'events':
      return catalog.events.map((event) => ({ id: event.id, data: event }));
    default:
      return collection satisfies never;
  }
}
