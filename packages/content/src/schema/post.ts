import { z } from 'zod';
import { isRealIsoDate } from './calendar-date.ts';

export const FrontMatterFormat = z
  .enum(['yaml', 'toml', 'json', 'pelican', 'nikola', 'hexo', 'none'])
  .meta({ id: 'FrontMatterFormat' });
export type FrontMatterFormat = z.infer<typeof FrontMatterFormat>;

export const Author = z
  .object({
    name: z.string().min(1),
    email: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'Author' });
export type Author = z.infer<typeof Author>;

export const Heading = z
  .object({ depth: z.number().int().min(1).max(6), text: z.string(), anchor: z.string() })
  .meta({ id: 'Heading' });
export type Heading = z.infer<typeof Heading>;

export const LinkKind = z
  .enum(['slides', 'video', 'twitter', 'linkedin', 'github', 'mastodon', 'bluesky', 'other'])
  .meta({ id: 'LinkKind' });
export type LinkKind = z.infer<typeof LinkKind>;

export const PostLink = z
  .object({
    url: z.string(),
    text: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    kind: LinkKind,
  })
  .meta({ id: 'PostLink' });
export type PostLink = z.infer<typeof PostLink>;

export const PostSource = z
  .object({
    path: z.string().describe('Path relative to the content directory'),
    format: FrontMatterFormat,
    bodyLine: z.number().int().min(1).describe('Line of the file where the Markdown body starts'),
  })
  .meta({ id: 'PostSource' });
export type PostSource = z.infer<typeof PostSource>;

/**
 * ISO 8601 date (`2015-11-19`) or date-time with offset (`2015-11-19T08:50:20+01:00`), of a day
 * the calendar has: pages and feeds format these dates, and `2015-13-45` cannot be formatted.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, {
    // zod's own message quotes the pattern, which tells a person nothing of what to write.
    error:
      'Not an ISO 8601 date; write YYYY-MM-DD, or a date and time as 2015-11-19T08:50:20+01:00',
  })
  .refine(isRealIsoDate, 'Not a real calendar date or time; write a day that exists, as YYYY-MM-DD')
  .meta({ id: 'IsoDate' });

/**
 * An article, parsed: its front matter normalised across blog engines, and what is derived
 * from its body (sanitized HTML, plain text, headings, links, counts).
 */
export const Post = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    subtitle: z.string().optional(),
    date: IsoDate.optional(),
    updated: IsoDate.optional().describe(
      'When the post was last changed, as its front matter says (`updated`, `lastmod`, `modified`...)',
    ),
    author: Author.optional(),
    authors: z
      .array(Author)
      .optional()
      .describe('Every author, when the post names more than one; the first is `author`'),
    tags: z.array(z.string()),
    categories: z.array(z.string()),
    description: z.string().optional(),
    image: z.string().optional(),
    lang: z.string().optional(),
    draft: z.boolean(),
    event: z.string().optional().describe('Id of the event the post reports on'),
    extra: z.record(z.string(), z.unknown()).describe('Front-matter keys the model does not name'),
    source: PostSource,
    body: z.string().describe('Markdown body, front matter removed'),
    html: z.string().describe('Sanitized HTML; paragraphs carry ids `p-1`, `p-2`...'),
    text: z.string(),
    excerpt: z.string(),
    headings: z.array(Heading),
    links: z.array(PostLink),
    wordCount: z.number().int().min(0),
    readingMinutes: z.number().int().min(0),
    digest: z.string().describe('Content hash of the file'),
  })
  .meta({ id: 'Post' });
export type Post = z.infer<typeof Post>;
