import type { Context } from 'hono';
import { pickFields } from './fields.ts';
import { type PageRequest, paginate } from './paginate.ts';

/**
 * The body of a list answer: the requested page of records, each cut to the requested fields,
 * and the totals. Sets the `Link` header for the next and previous pages on the way.
 */
export function listPage<T extends { id: string }>(
  c: Context,
  items: readonly T[],
  query: PageRequest & { readonly fields?: readonly string[] | undefined },
) {
  const page = paginate(items, query, new URL(c.req.url));
  if (page.link) c.header('Link', page.link);
  return { data: page.data.map((item) => pickFields(item, query.fields)), meta: page.meta };
}
