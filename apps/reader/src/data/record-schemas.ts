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

/** Problems named of a value that is not a catalog: past a few, they say the same again. */
const SHOWN_ISSUES = 8;

/**
 * The first problems of `error` for people, and how many more there are: a JSON file that is
 * not a catalog at all (a 20 MB list of something else) has one per record, 320,000 lines
 * printed when the reader quits.
 */
export function prettify(error: z.ZodError): string {
  const { issues } = error;
  if (issues.length <= SHOWN_ISSUES) return z.prettifyError(error);
  const more = issues.length - SHOWN_ISSUES;
  return `${z.prettifyError(new z.ZodError(issues.slice(0, SHOWN_ISSUES)))}\n… and ${more} more problem${more === 1 ? '' : 's'}`;
}
