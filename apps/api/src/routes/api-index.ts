import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { noQuery } from '../http/query-guard.ts';
import { errorResponses } from '../schemas/error.ts';

// Where a client starts: what the API serves and where, as pretalx's API root lists its
// resources, so a person exploring with curl is not left with a 404 at `/api`.
const ApiIndex = z
  .object({
    name: z.literal('confnotes API'),
    catalog: z.object({
      version: z.string().describe('Changes whenever the catalog changes'),
      posts: z.number().int(),
      talks: z.number().int(),
      speakers: z.number().int(),
      events: z.number().int(),
    }),
    links: z
      .record(z.string(), z.string())
      .describe('Each resource and its path; `{query}` and `{id}` are filled in by the client'),
  })
  .meta({ id: 'ApiIndex' });

const LINKS = {
  posts: '/api/posts',
  post: '/api/posts/{id}',
  tags: '/api/tags',
  talks: '/api/talks',
  talk: '/api/talks/{id}',
  speakers: '/api/speakers',
  speaker: '/api/speakers/{id}',
  events: '/api/events',
  event: '/api/events/{id}',
  search: '/api/search?q={query}',
  catalog: '/api/catalog',
  openapi: '/api/openapi.json',
  docs: '/api/docs',
  health: '/healthz',
};

const indexRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getApiIndex',
  summary: 'What the API serves',
  description: 'The size and version of the catalog served, and the path of every resource.',
  tags: ['meta'],
  // It takes no parameter: one given (`?limit=5`) is refused as on every other route, not ignored.
  middleware: [noQuery()] as const,
  responses: {
    200: { description: 'The index', content: { 'application/json': { schema: ApiIndex } } },
    400: errorResponses[400],
    406: errorResponses[406],
    414: errorResponses[414],
  },
});

/** `GET /api`. */
export function indexRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(indexRoute, (c) => {
    const { catalog, tag } = c.get('snapshot');
    return c.json(
      {
        name: 'confnotes API' as const,
        catalog: {
          version: tag,
          posts: catalog.posts.length,
          talks: catalog.talks.length,
          speakers: catalog.speakers.length,
          events: catalog.events.length,
        },
        links: LINKS,
      },
      200,
    );
  });
}
