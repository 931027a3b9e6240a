import { normalizeTerm } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/api-error.ts';
import { eventYear } from '../lib/event-year.ts';
import { pickFields } from '../lib/fields.ts';
import { listPage } from '../lib/list-page.ts';
import { select } from '../lib/select.ts';
import { sortKeys } from '../lib/sort.ts';
import { errorResponses, listErrorResponses } from '../schemas/error.ts';
import { listOf } from '../schemas/list.ts';
import {
  enumParam,
  fieldsParam,
  IdParam,
  intParam,
  listParam,
  paging,
  strictQuery,
  textParam,
} from '../schemas/params.ts';
import { Event, PostSummary, Speaker, selectable, Talk } from '../schemas/records.ts';

const EVENT_SORTS = sortKeys(['start', 'name', 'year']);
const EVENT_FIELDS = Object.keys(Event.shape) as [string, ...string[]];
const EVENT_INCLUDES = ['talks', 'speakers', 'posts'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  operationId: 'listEvents',
  summary: 'List events',
  description: 'Conference editions, latest first. Filter by year or by text in name or location.',
  tags: ['events'],
  request: {
    query: strictQuery({
      ...paging,
      sort: enumParam('sort', EVENT_SORTS).optional().openapi({ description: 'Default `-start`' }),
      q: textParam('q')
        .optional()
        .openapi({ description: 'Words of the name or location, any case or accents' }),
      year: intParam('year', 1900, 2200)
        .optional()
        .openapi({ description: 'The year the event took place' }),
      fields: fieldsParam(EVENT_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of events',
      content: { 'application/json': { schema: listOf(selectable(Event)) } },
    },
    ...listErrorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/events/{id}',
  operationId: 'getEvent',
  summary: 'Get an event',
  description: 'One event; `include=talks,speakers,posts` embeds what happened there.',
  tags: ['events'],
  request: {
    params: IdParam,
    query: strictQuery({
      include: listParam('include', EVENT_INCLUDES).optional(),
      fields: fieldsParam(EVENT_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The event',
      content: {
        'application/json': {
          schema: z
            .object({
              data: selectable(Event),
              included: z
                .object({
                  talks: z.array(Talk).optional(),
                  speakers: z.array(Speaker).optional(),
                  posts: z.array(PostSummary).optional(),
                })
                .optional(),
            })
            .meta({ id: 'EventResponse' }),
        },
      },
    },
    ...errorResponses,
  },
});

/** `GET /api/events` and `GET /api/events/{id}`. */
export function eventRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, (c) => {
      const snapshot = c.get('snapshot');
      const query = c.req.valid('query');
      const filters: ((event: Event) => boolean)[] = [];
      if (query.year !== undefined) filters.push((event) => eventYear(event) === query.year);
      // Events are few and not in the search index: match words of name and location directly.
      // Folded as the search index folds words, so `zurich` finds Zürich as `monica` finds Mónica.
      if (query.q !== undefined) {
        const words = normalizeTerm(query.q).split(/\s+/).filter(Boolean);
        filters.push((event) => {
          const text = normalizeTerm(`${event.name} ${event.location ?? ''} ${event.id}`);
          return words.every((word) => text.includes(word));
        });
      }
      const events = select({
        snapshot,
        list: 'events',
        type: undefined,
        items: snapshot.catalog.events,
        id: (event) => event.id,
        byId: (id) => snapshot.index.events.get(id),
        sort: query.sort,
        defaultSort: '-start',
        sortValues: {
          start: (event) =>
            event.start ?? (eventYear(event) ? String(eventYear(event)) : undefined),
          name: (event) => event.name,
          year: eventYear,
        },
        q: undefined,
        filters,
      });
      return c.json(listPage(c, events, query), 200);
    })
    .openapi(detailRoute, (c) => {
      const snapshot = c.get('snapshot');
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const { index } = snapshot;
      const event = index.events.get(id);
      if (!event) throw notFound('event', id, (x) => index.events.has(x));
      const include = new Set(query.include ?? []);
      const included = include.size
        ? {
            ...(include.has('talks') && { talks: [...(index.talksByEvent.get(id) ?? [])] }),
            ...(include.has('speakers') && {
              speakers: [...(index.speakersByEvent.get(id) ?? [])],
            }),
            ...(include.has('posts') && {
              posts: (index.postsByEvent.get(id) ?? []).map(
                (post) => snapshot.postSummaryById.get(post.id)!,
              ),
            }),
          }
        : undefined;
      return c.json({ data: pickFields(event, query.fields), ...(included && { included }) }, 200);
    });
}
