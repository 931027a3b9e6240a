import { z } from 'zod';
import type { Catalog, Post } from '../schema/index.ts';
import { Event, Post as PostSchema, Speaker, Talk } from '../schema/index.ts';
import type { CreateSearchIndexOptions } from '../search/search-index.ts';
import type { StoredEntry } from './loader-context.ts';

/**
 * The collections the loader fills: one per record of the catalog, and `search`, whose one
 * entry holds the catalog's search index.
 */
export type CollectionName = 'posts' | 'talks' | 'speakers' | 'events' | 'search';

/**
 * A post as its collection stores it: the HTML goes to `rendered` (so `render(entry)` gives a
 * `<Content />`) and the Markdown to `body`, the places Astro's own `glob()` loader uses. The
 * plain `text` is left out when the loader is told not to retain it.
 */
export const PostEntry = PostSchema.omit({ html: true, body: true }).extend({
  text: PostSchema.shape.text.optional(),
});
export type PostEntry = Omit<Post, 'html' | 'body' | 'text'> & { text?: string };

/** The one entry (id `index`) of the `search` collection: `loadSearchIndex(entry.data.json)`. */
export const SearchIndexEntry = z.object({
  /** The index as `JSON.stringify` writes it, ready to be served as a file. */
  json: z.string(),
  /** How many posts, talks and speakers it finds. */
  documents: z.number().int().nonnegative(),
});
export type SearchIndexEntry = z.infer<typeof SearchIndexEntry>;

export const schemas = {
  posts: PostEntry,
  talks: Talk,
  speakers: Speaker,
  events: Event,
  search: SearchIndexEntry,
} as const;

/** How the entries are made from the catalog. */
export interface EntryOptions {
  /** Keep each post's Markdown as its entry's `body`. */
  readonly retainBody: boolean;
  /** Keep each post's plain `text` in its entry's data. */
  readonly retainText: boolean;
  /** Keep each post's HTML as its entry's `rendered.html` (else `postHtml` reads it). */
  readonly retainHtml: boolean;
  /** How the search index is made; drafts are left out of it unless `drafts` is true. */
  readonly search: CreateSearchIndexOptions & { readonly drafts?: boolean };
  /** Warn of the pictures posts show that the site's file routes do not publish. */
  readonly checkPictures: boolean;
}

/** The entries of one collection, before Astro validates them. */
export function entriesOf(
  catalog: Catalog,
  collection: CollectionName,
  filePathOf: (path: string) => string,
  options: EntryOptions,
): StoredEntry[] {
  switch (collection) {
    case 'posts':
      return catalog.posts.map(({ html, body, text, ...rest }) => {
        const data: PostEntry = options.retainText ? { ...rest, text } : rest;
        return {
          id: data.id,
          data,
          ...(options.retainBody ? { body } : {}),
          filePath: filePathOf(data.source.path),
          rendered: {
            html,
            metadata: {
              headings: data.headings.map((h) => ({
                depth: h.depth,
                slug: h.anchor,
                text: h.text,
              })),
            },
          },
        };
      });
    case 'talks':
      return catalog.talks.map((talk) => ({ id: talk.id, data: talk }));
    case 'speakers':
      return catalog.speakers.map((speaker) => ({ id: speaker.id, data: speaker }));
    case 'events':
      return catalog.events.map((event) => ({ id: event.id, data: event }));
    case 'search':
      throw new Error('The search entry is made by `searchEntry`.');
    default:
      return collection satisfies never;
  }
}
