import { TalkKind, talkDisplayTitle } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/api-error.ts';
import { eventYear } from '../lib/event-year.ts';
import { pickFields } from '../lib/fields.ts';
import { ignoredWords } from '../lib/ignored-words.ts';
import { requireKnownIds } from '../lib/known-id.ts';
import { listPage } from '../lib/list-page.ts';
import { select } from '../lib/select.ts';
import { sortKeys } from '../lib/sort.ts';
import { uniqueRelated } from '../lib/unique-related.ts';
import { errorResponses, listErrorResponses } from '../schemas/error.ts';
import { IgnoredWords, listOf } from '../schemas/list.ts';
import {
  booleanParam,
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
  PostSummary,
  Speaker,
  selectable,
  Talk,
} from '../schemas/records.ts';

const TALK_SORTS = sortKeys(['title', 'event', 'kind', 'posts']);
const TALK_FIELDS = Object.keys(Talk.shape) as [string, ...string[]];
const TALK_INCLUDES = ['speakers', 'posts', 'event'] as const;
// A page names few speakers and events; the posts of 100 talks could be most of a catalog.
const TALK_LIST_INCLUDES = ['speakers', 'event'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/talks',
  operationId: 'listTalks',
  summary: 'List talks',
  description:
    'Talks by title. Filter by event, year, speaker, kind, slides or video, or free text.',
  tags: ['talks'],
  request: {
    query: strictQuery({
      ...paging,
      sort: enumParam('sort', TALK_SORTS)
        .optional()
        .openapi({ description: 'Default `title`; with q, best match first' }),
      q: textParam('q').optional().openapi({ description: 'Free text, as in /api/search' }),
      event: eventFilter,
      speaker: speakerFilter,
      kind: enumParam('kind', TalkKind.options)
        .optional()
        .openapi({ description: 'What the session was: a keynote, a talk, a workshop…' }),
      hasSlides: booleanParam('hasSlides').optional().openapi({
        description: '`true`: only talks with a link to their slides; `false`: only those without',
      }),
      hasVideo: booleanParam('hasVideo').optional().openapi({
        description: '`true`: only talks with a link to a video; `false`: only those without',
      }),
      year: intParam('year', 1900, 2200)
        .optional()
        .openapi({ description: "Year of the talk's event" }),
      // A page's posts could be hundreds: they are embedded by a talk's detail only.
      include: listParam('include', TALK_LIST_INCLUDES, {
        posts: "a talk's posts are embedded by its detail, /api/talks/{id}?include=posts",
      })
        .optional()
        .openapi({
          description:
            'Comma-separated, any of: speakers, event. Embeds the speakers and events of the ' +
            "page's talks, each once, in `included.speakers` and `included.events`",
        }),
      fields: fieldsParam(TALK_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of talks',
      content: {
        'application/json': {
          schema: listOf(selectable(Talk)).extend({
            ignored: IgnoredWords.optional(),
            included: z
              .object({
                speakers: z.array(Speaker).optional(),
                events: z.array(Event).optional(),
              })
              .optional(),
          }),
        },
      },
    },
    ...listErrorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/talks/{id}',
  operationId: 'getTalk',
  summary: 'Get a talk',
  description: 'One talk; `include=speakers,posts,event` embeds the records it relates to.',
  tags: ['talks'],
  request: {
    params: IdParam,
    query: strictQuery({
      include: listParam('include', TALK_INCLUDES).optional(),
      fields: fieldsParam(TALK_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The talk',
      content: {
        'application/json': {
          schema: z
            .object({
              data: selectable(Talk),
              included: z
                .object({
                  speakers: z.array(Speaker).optional(),
                  posts: z.array(PostSummary).optional(),
                  event: IncludedEvent.optional(),
                })
                .optional(),
            })
            .meta({ id: 'TalkResponse' }),
        },
      },
    },
    ...errorResponses,
  },
});

const hasLink = (talk: Talk, kind: 'slides' | 'video') => talk.links.some((l) => l.kind === kind);

/** `GET /api/talks` and `GET /api/talks/{id}`. */
export function talkRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, (c) => {
      const snapshot = c.get('snapshot');
      const query = c.req.valid('query');
      requireKnownIds(c.get('snapshot'), query);
      const filters: ((talk: Talk) => boolean)[] = [];
      if (query.event !== undefined) filters.push((talk) => talk.event === query.event);
      if (query.speaker !== undefined) {
        const speaker = query.speaker;
        filters.push((talk) => talk.speakers.includes(speaker));
      }
      if (query.kind !== undefined) filters.push((talk) => talk.kind === query.kind);
      if (query.hasSlides !== undefined) {
        filters.push((talk) => hasLink(talk, 'slides') === query.hasSlides);
      }
      if (query.hasVideo !== undefined) {
        filters.push((talk) => hasLink(talk, 'video') === query.hasVideo);
      }
      if (query.year !== undefined) {
        const events = snapshot.index.events;
        filters.push((talk) => {
          const event = talk.event ? events.get(talk.event) : undefined;
          return event !== undefined && eventYear(event) === query.year;
        });
      }
      const talks = select({
        snapshot,
        list: 'talks',
        type: 'talk',
        items: snapshot.catalog.talks,
        id: (talk) => talk.id,
        byId: (id) => snapshot.index.talks.get(id),
        sort: query.sort,
        defaultSort: 'title',
        sortValues: {
          title: talkDisplayTitle,
          event: (talk) => talk.event,
          kind: (talk) => talk.kind,
          posts: (talk) => snapshot.index.postsByTalk.get(talk.id)?.length ?? 0,
        },
        q: query.q,
        filters,
      });
      const include = new Set(query.include ?? []);
      // The relations are made on first use: read only when something is to be embedded.
      const included = (page: readonly Talk[]) =>
        include.size
          ? {
              ...(include.has('speakers') && {
                speakers: uniqueRelated(
                  page,
                  (talk) => snapshot.index.speakersByTalk.get(talk.id) ?? [],
                ),
              }),
              ...(include.has('event') && {
                events: uniqueRelated(page, (talk) => {
                  const event = talk.event ? snapshot.index.events.get(talk.event) : undefined;
                  return event ? [event] : [];
                }),
              }),
            }
          : undefined;
      return c.json(listPage(c, talks, query, included, ignoredWords(query.q)), 200);
    })
    .openapi(detailRoute, (c) => {
      const snapshot = c.get('snapshot');
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const { index } = snapshot;
      const talk = index.talks.get(id);
      if (!talk) throw notFound('talk', id, (x) => index.talks.has(x));
      const include = new Set(query.include ?? []);
      const included = include.size
        ? {
            ...(include.has('speakers') && { speakers: [...(index.speakersByTalk.get(id) ?? [])] }),
            ...(include.has('posts') && {
              posts: (index.postsByTalk.get(id) ?? []).map(
                (post) => snapshot.postSummaryById.get(post.id)!,
              ),
            }),
            ...(include.has('event') && {
              event: talk.event ? (index.events.get(talk.event) ?? null) : null,
            }),
          }
        : undefined;
      return c.json({ data: pickFields(talk, query.fields), ...(included && { included }) }, 200);
    });
}
