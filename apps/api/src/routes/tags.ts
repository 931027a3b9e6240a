import { normalizeTerm } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { paginate } from '../lib/paginate.ts';
import { select } from '../lib/select.ts';
import { sortKeys } from '../lib/sort.ts';
import { type TagEntry, tagList } from '../lib/tag-list.ts';
import { listErrorResponses } from '../schemas/error.ts';
import { listOf } from '../schemas/list.ts';
import { enumParam, paging, strictQuery, textParam } from '../schemas/params.ts';

const TAG_SORTS = sortKeys(['posts', 'name']);

const Tag = z
  .object({
    id: z
      .string()
      .describe(
        "The tag's id, as `GET /api/posts?tag=` takes it and the site's `/tags/<id>/` page has it: lower case, words joined by hyphens",
      ),
    name: z.string().describe('The spelling most of its posts give'),
    posts: z.number().int().min(1).describe('How many posts carry it'),
  })
  .meta({ id: 'Tag' });

// The posts list filters by tag, but nothing said which tags there are short of reading every
// post: Ghost's Content API lists them (`/tags/` with `count.posts`), as the site's tag pages do.
const listRoute = createRoute({
  method: 'get',
  path: '/tags',
  operationId: 'listTags',
  summary: 'List tags',
  description:
    "The tags of the posts, most used first, with how many posts carry each; give a tag's `id` " +
    'to `GET /api/posts?tag=` for its posts.',
  tags: ['posts'],
  request: {
    query: strictQuery({
      ...paging,
      sort: enumParam('sort', TAG_SORTS).optional().openapi({ description: 'Default `-posts`' }),
      q: textParam('q')
        .optional()
        .openapi({ description: 'Words the tag holds, any case or accents' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of tags',
      content: { 'application/json': { schema: listOf(Tag) } },
    },
    ...listErrorResponses,
  },
});

/** `GET /api/tags`. */
export function tagRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(listRoute, (c) => {
    const snapshot = c.get('snapshot');
    const query = c.req.valid('query');
    const filters: ((tag: TagEntry) => boolean)[] = [];
    // Tags are few and not in the search index: their words are matched directly, folded as
    // the index folds words (`cafe` finds Café), as events' are.
    if (query.q !== undefined) {
      const words = normalizeTerm(query.q).split(/\s+/).filter(Boolean);
      filters.push((tag) => {
        const text = normalizeTerm(tag.name);
        return words.every((word) => text.includes(word));
      });
    }
    const tags = select({
      snapshot,
      list: 'tags',
      type: undefined,
      items: tagList(snapshot.postSummaries),
      id: (tag) => tag.id,
      byId: () => undefined,
      sort: query.sort,
      defaultSort: '-posts',
      sortValues: { posts: (tag) => tag.posts, name: (tag) => tag.name },
      q: undefined,
      filters,
    });
    // Not listPage: a tag has three fields, and no `fields` to cut them.
    const page = paginate(tags, query, new URL(c.req.url));
    if (page.link) c.header('Link', page.link);
    return c.json({ data: page.data, meta: page.meta }, 200);
  });
}
