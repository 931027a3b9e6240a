import { SearchHit, SearchHitType } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { pageMeta, pageRange } from '../lib/paginate.ts';
import { listErrorResponses } from '../schemas/error.ts';
import { IgnoredWords, listOf } from '../schemas/list.ts';
import { listParam, paging, strictQuery, textParam } from '../schemas/params.ts';

const SearchResults = listOf(SearchHit)
  .extend({ ignored: IgnoredWords })
  .meta({ id: 'SearchResults' });

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  operationId: 'search',
  summary: 'Search posts, talks and speakers',
  description:
    'One ranked search over posts, talks and speakers: typed hits, best first, with the matched ' +
    'words marked in the title and a snippet. Every word must match; when no record has them ' +
    'all, any word may. Words match by prefix, and longer words forgive a typo.',
  tags: ['search'],
  request: {
    query: strictQuery({
      q: textParam('q').openapi({ description: 'The words to look for', example: 'docker' }),
      type: listParam('type', SearchHitType.options).optional(),
      ...paging,
    }),
  },
  responses: {
    200: {
      description: 'A page of hits',
      content: { 'application/json': { schema: SearchResults } },
    },
    ...listErrorResponses,
  },
});

/** `GET /api/search`. */
export function searchRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(searchRoute, (c) => {
    const { search } = c.get('snapshot');
    const query = c.req.valid('query');
    const { offset, limit } = pageRange(query);
    // Snippets are cut for the requested page only; the rest of the ranking is just counted.
    const results = search.search(query.q, {
      ...(query.type && { types: query.type }),
      offset,
      limit,
    });
    const { meta, link } = pageMeta(results.total, query, new URL(c.req.url));
    if (link) c.header('Link', link);
    return c.json({ data: results.hits, ignored: [...results.ignored], meta }, 200);
  });
}
