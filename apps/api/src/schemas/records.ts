import { Event, Post, PostLink, Speaker, Talk } from '@confnotes/content/portable';
import { z } from '@hono/zod-openapi';

// Records as the API serves them, all derived from the core schemas so the OpenAPI document and
// the catalog cannot disagree.

/** A link of a post, with the post it leads to when it names another article's file. */
export const PostSummaryLink = PostLink.extend({
  post: z
    .string()
    .optional()
    .describe(
      "Id of the post this link leads to, when it names another article's file (`day-one.md`, Hugo's `ref`, Jekyll's `post_url`): its address was written for the blog the article came from",
    ),
}).meta({ id: 'PostSummaryLink' });
export type PostSummaryLink = z.infer<typeof PostSummaryLink>;

/** A post without its three renderings of the body: what lists and `include=` carry. */
export const PostSummary = Post.omit({ body: true, html: true, text: true })
  .extend({ links: z.array(PostSummaryLink) })
  .meta({ id: 'PostSummary' });
export type PostSummary = z.infer<typeof PostSummary>;

/** How `GET /api/posts/{id}` renders the body. */
export const PostFormat = z.enum(['html', 'markdown', 'text']).meta({ id: 'PostFormat' });
export type PostFormat = z.infer<typeof PostFormat>;

/** A post with its body in the one format that was asked for. */
export const PostDetail = PostSummary.extend({
  format: PostFormat,
  content: z.string().describe('The body: sanitized HTML, the Markdown source, or plain text'),
}).meta({ id: 'PostDetail' });
export type PostDetail = z.infer<typeof PostDetail>;

export { Event, Post, Speaker, Talk };

/**
 * The event a post or talk embeds with `include=event`: null when it names none. A union, as
 * `Event.nullable()` is written into the shared `Event` component of the document, which then
 * says that every event anywhere may be null.
 */
export const IncludedEvent = z.union([Event, z.null()]);

/**
 * A record, or the subset of its fields that `fields=` selected (`id` always stays). Both are
 * listed so the document is honest about what a client may receive.
 */
export function selectable<T extends z.ZodObject>(schema: T) {
  return z.union([schema, schema.partial().required({ id: true } as never)]);
}
