// The schemas a catalog read from a file or the API is checked against, in a module of its own
// so that the reader can load them (and zod) off the path to its first frame.
import { Catalog, Diagnostic, Event, Post, Speaker, Talk } from '@confnotes/content/portable';
import { z } from 'zod';

export { Catalog, Diagnostic };

/** The full schema of each kind of record. */
export const FULL = { post: Post, talk: Talk, speaker: Speaker, event: Event } as const;

const MentionHead = z.object({ post: z.string(), line: z.number(), column: z.number() });

/** What the first frame, the list rows and the indexes read of each record. */
export const HEAD = {
  post: Post.pick({
    id: true,
    title: true,
    date: true,
    author: true,
    authors: true,
    tags: true,
    event: true,
    wordCount: true,
    readingMinutes: true,
  }),
  talk: Talk.pick({ id: true, title: true, label: true, event: true, speakers: true }).extend({
    mentions: z.array(MentionHead),
  }),
  speaker: Speaker.pick({ id: true, name: true, affiliation: true, talks: true }).extend({
    mentions: z.array(MentionHead),
  }),
  event: Event.pick({ id: true, name: true, year: true, location: true, start: true }),
} as const;

/**
 * A catalog's fields, each a list of anything: what is checked of a value whose fields are wrong
 * to say what is wrong with them. The full schema would check every record of a 20 MB file that
 * is something else, seconds of the user's time to tell the same of each.
 */
export const CatalogFields = Catalog.pick({ version: true }).extend({
  events: z.array(z.unknown()),
  posts: z.array(z.unknown()),
  talks: z.array(z.unknown()),
  speakers: z.array(z.unknown()),
  diagnostics: z.array(z.unknown()),
});

export const prettify = z.prettifyError;
