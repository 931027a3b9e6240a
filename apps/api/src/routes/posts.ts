import { normalizeTag, postYear } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/api-error.ts';
import { dateInstant } from '../lib/date-order.ts';
import { inDateRange } from '../lib/date-range.ts';
import { pickFields } from '../lib/fields.ts';
import { ignoredWords } from '../lib/ignored-words.ts';
import { requireKnownIds } from '../lib/known-id.ts';
import { listPage } from '../lib/list-page.ts';
import { byAuthor } from '../lib/post-author.ts';
import { select } from '../lib/select.ts';
import { sortKeys } from '../lib/sort.ts';
import { uniqueRelated } from '../lib/unique-related.ts';
import { errorResponses, listErrorResponses } from '../schemas/error.ts';
import { IgnoredWords, listOf } from '../schemas/list.ts';
import {
  dateParam,
  enumParam,
  eventFilter,
  fieldsParam,
  IdParam,
  intParam,
  listParam,
  paging,
  speakerFilter,
  strictQuery,
  textParam,
} from '../schemas/params.ts';
import {
  Event,
  IncludedEvent,
  PostDetail,
  PostFormat,
  PostSummary,
  Speaker,
  selectable,
  Talk,
} from '../schemas/records.ts';

const POST_SORTS = sortKeys(['date', 'title', 'words']);
const POST_FIELDS = Object.keys(PostSummary.shape) as [string, ...string[]];
const POST_DETAIL_FIELDS = Object.keys(PostDetail.shape) as [string, ...string[]];
const POST_INCLUDES = ['talks', 'speakers', 'event'] as const;
// A page of 100 posts names few events, but could name hundreds of talks and speakers.
const POST_LIST_INCLUDES = ['event'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/posts',
  operationId: 'listPosts',
  summary: 'List posts',
  description:
    'Posts newest first, without their bodies. Filter by tag, author, event, speaker, year, dates or free text.',
  tags: ['posts'],
  request: {
    query: strictQuery({
      ...paging,
      sort: enumParam('sort', POST_SORTS)
        .optional()
        .openapi({ description: 'Default `-date`; with q, best match first' }),
      q: textParam('q').optional().openapi({ description: 'Free text, as in /api/search' }),
      tag: textParam('tag', 100).optional().openapi({
        description:
          "A tag: its id, as `/api/tags` and the site's tag pages give it (`cloud-native`), or its name in any case or spacing (`Cloud Native`)",
      }),
      author: textParam('author', 200).optional().openapi({
        description:
          "An author's name, any case, or its id form (`ann-lee`); any of a post's authors",
      }),
      event: eventFilter,
      speaker: speakerFilter,
      year: intParam('year', 1900, 2200).optional().openapi({ description: 'Year of the date' }),
      since: dateParam('since').optional().openapi({
        description:
          'Posts dated on or after this day or instant (a time without an offset is UTC)',
      }),
      until: dateParam('until').optional().openapi({
        description: 'Posts dated on or before this day (all of it) or instant',
      }),
      // A page's talks and speakers could be hundreds: they are embedded by a post's detail only.
      include: listParam('include', POST_LIST_INCLUDES, {
        talks: "a post's talks are embedded by its detail, /api/posts/{id}?include=talks",
        speakers: "a post's speakers are embedded by its detail, /api/posts/{id}?include=speakers",
      })
        .optional()
        .openapi({
          description:
            "`event`: embeds the events of the page's posts, each once, in `included.events`",
        }),
      fields: fieldsParam(POST_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of posts',
      content: {
        'application/json': {
          schema: listOf(selectable(PostSummary)).extend({
            ignored: IgnoredWords.optional(),
            included: z.object({ events: z.array(Event).optional() }).optional(),
          }),
        },
      },
    },
    ...listErrorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/posts/{id}',
  operationId: 'getPost',
  summary: 'Get a post',
  description: 'One post with its body as HTML (default), Markdown or plain text.',
  tags: ['posts'],
  request: {
    params: IdParam,
    query: strictQuery({
      format: enumParam('format', PostFormat.options).optional().openapi({
        description: 'Body format, default `html`',
      }),
      include: listParam('include', POST_INCLUDES).optional(),
      fields: fieldsParam(POST_DETAIL_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The post',
      content: {
        'application/json': {
          schema: z
            .object({
              data: selectable(PostDetail),
              included: z
                .object({
                  talks: z.array(Talk).optional(),
                  speakers: z.array(Speaker).optional(),
                  event: IncludedEvent.optional(),
                })
                .optional(),
            })
            .meta({ id: 'PostResponse' }),
        },
      },
    },
    ...errorResponses,
  },
});

const bodyOf = { html: 'html', markdown: 'body', text: 'text' } as const;

/** `GET /api/posts` and `GET /api/posts/{id}`. */
export function postRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, (c) => {
      const snapshot = c.get('snapshot');
      const query = c.req.valid('query');
      requireKnownIds(c.get('snapshot'), query);
      const filters: ((post: PostSummary) => boolean)[] = [];
      if (query.tag !== undefined) {
        const tagged = new Set(
          (snapshot.index.postsByTag.get(normalizeTag(query.tag)) ?? []).map((p) => p.id),
        );
        filters.push((post) => tagged.has(post.id));
      }
      if (query.author !== undefined) filters.push(byAuthor(query.author));
      // The relations are read only when a filter needs them: they are made on first use.
      for (const [value, map] of [
        [query.event, () => snapshot.index.postsByEvent],
        [query.speaker, () => snapshot.index.postsBySpeaker],
      ] as const) {
        if (value === undefined) continue;
        const related = new Set((map().get(value) ?? []).map((post) => post.id));
        filters.push((post) => related.has(post.id));
      }
      if (query.year !== undefined) filters.push((post) => postYear(post) === query.year);
      if (query.since !== undefined || query.until !== undefined) {
        const inRange = inDateRange(query.since, query.until);
        filters.push((post) => inRange(post.date));
      }
      const posts = select({
        snapshot,
        list: 'posts',
        type: 'post',
        items: snapshot.postSummaries,
        id: (post) => post.id,
        byId: (id) => snapshot.postSummaryById.get(id),
        sort: query.sort,
        defaultSort: '-date',
        sortValues: {
          date: (p) => dateInstant(p.date),
          title: (p) => p.title,
          words: (p) => p.wordCount,
        },
        q: query.q,
        filters,
      });
      const included = (page: readonly PostSummary[]) =>
        query.include?.includes('event')
          ? {
              events: uniqueRelated(page, (post) => {
                const event = post.event ? snapshot.index.events.get(post.event) : undefined;
                return event ? [event] : [];
              }),
            }
          : undefined;
      return c.json(listPage(c, posts, query, included, ignoredWords(query.q)), 200);
    })
    .openapi(detailRoute, (c) => {
      const snapshot = c.get('snapshot');
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const post = snapshot.postById.get(id);
      const summary = snapshot.postSummaryById.get(id);
      if (!post || !summary) throw notFound('post', id, (x) => snapshot.postById.has(x));
      const format = query.format ?? 'html';
      const detail: PostDetail = { ...summary, format, content: post[bodyOf[format]] };
      const include = new Set(query.include ?? []);
      const included = include.size
        ? {
            ...(include.has('talks') && { talks: [...(snapshot.index.talksByPost.get(id) ?? [])] }),
            ...(include.has('speakers') && {
              speakers: [...(snapshot.index.speakersByPost.get(id) ?? [])],
            }),
            ...(include.has('event') && {
              event: post.event ? (snapshot.index.events.get(post.event) ?? null) : null,
            }),
          }
        : undefined;
      return c.json({ data: pickFields(detail, query.fields), ...(included && { included }) }, 200);
    });
}
