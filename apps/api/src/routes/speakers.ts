import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/api-error.ts';
import { pickFields } from '../lib/fields.ts';
import { ignoredWords } from '../lib/ignored-words.ts';
import { requireKnownIds } from '../lib/known-id.ts';
import { listPage } from '../lib/list-page.ts';
import { select } from '../lib/select.ts';
import { sortKeys } from '../lib/sort.ts';
import { errorResponses, listErrorResponses } from '../schemas/error.ts';
import { IgnoredWords, listOf } from '../schemas/list.ts';
import {
  enumParam,
  eventFilter,
  fieldsParam,
  IdParam,
  listParam,
  paging,
  strictQuery,
  textParam,
} from '../schemas/params.ts';
import { PostSummary, Speaker, selectable, Talk } from '../schemas/records.ts';

const SPEAKER_SORTS = sortKeys(['name', 'talks', 'posts']);
const SPEAKER_FIELDS = Object.keys(Speaker.shape) as [string, ...string[]];
const SPEAKER_INCLUDES = ['talks', 'posts'] as const;

const listRoute = createRoute({
  method: 'get',
  path: '/speakers',
  operationId: 'listSpeakers',
  summary: 'List speakers',
  description: 'Speakers by name. Filter by event or free text.',
  tags: ['speakers'],
  request: {
    query: strictQuery({
      ...paging,
      sort: enumParam('sort', SPEAKER_SORTS)
        .optional()
        .openapi({ description: 'Default `name`; with q, best match first' }),
      q: textParam('q').optional().openapi({ description: 'Free text, as in /api/search' }),
      event: eventFilter,
      fields: fieldsParam(SPEAKER_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of speakers',
      content: {
        'application/json': {
          schema: listOf(selectable(Speaker)).extend({ ignored: IgnoredWords.optional() }),
        },
      },
    },
    ...listErrorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/speakers/{id}',
  operationId: 'getSpeaker',
  summary: 'Get a speaker',
  description: 'One speaker; `include=talks,posts` embeds their talks and the posts naming them.',
  tags: ['speakers'],
  request: {
    params: IdParam,
    query: strictQuery({
      include: listParam('include', SPEAKER_INCLUDES).optional(),
      fields: fieldsParam(SPEAKER_FIELDS).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The speaker',
      content: {
        'application/json': {
          schema: z
            .object({
              data: selectable(Speaker),
              included: z
                .object({
                  talks: z.array(Talk).optional(),
                  posts: z.array(PostSummary).optional(),
                })
                .optional(),
            })
            .meta({ id: 'SpeakerResponse' }),
        },
      },
    },
    ...errorResponses,
  },
});

/** `GET /api/speakers` and `GET /api/speakers/{id}`. */
export function speakerRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, (c) => {
      const snapshot = c.get('snapshot');
      const query = c.req.valid('query');
      requireKnownIds(c.get('snapshot'), query);
      const filters: ((speaker: Speaker) => boolean)[] = [];
      if (query.event !== undefined) {
        const ofEvent = new Set(snapshot.index.speakersByEvent.get(query.event) ?? []);
        filters.push((speaker) => ofEvent.has(speaker));
      }
      const speakers = select({
        snapshot,
        list: 'speakers',
        type: 'speaker',
        items: snapshot.catalog.speakers,
        id: (speaker) => speaker.id,
        byId: (id) => snapshot.index.speakers.get(id),
        sort: query.sort,
        defaultSort: 'name',
        sortValues: {
          name: (speaker) => speaker.name,
          talks: (speaker) => snapshot.index.talksBySpeaker.get(speaker.id)?.length ?? 0,
          posts: (speaker) => snapshot.index.postsBySpeaker.get(speaker.id)?.length ?? 0,
        },
        q: query.q,
        filters,
      });
      return c.json(listPage(c, speakers, query, undefined, ignoredWords(query.q)), 200);
    })
    .openapi(detailRoute, (c) => {
      const snapshot = c.get('snapshot');
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const { index } = snapshot;
      const speaker = index.speakers.get(id);
      if (!speaker) throw notFound('speaker', id, (x) => index.speakers.has(x));
      const include = new Set(query.include ?? []);
      const included = include.size
        ? {
            ...(include.has('talks') && { talks: [...(index.talksBySpeaker.get(id) ?? [])] }),
            ...(include.has('posts') && {
              posts: (index.postsBySpeaker.get(id) ?? []).map(
                (post) => snapshot.postSummaryById.get(post.id)!,
              ),
            }),
          }
        : undefined;
      return c.json(
        { data: pickFields(speaker, query.fields), ...(included && { included }) },
        200,
      );
    });
}
