import type { Context } from 'hono';
import { pickFields } from './fields.ts';
import { type PageRequest, paginate } from './paginate.ts';

/**
 * The body of a list answer: the requested page of records, each cut to the requested fields,
 * the records they relate to when `included` gives some (whole, whatever `fields` keeps), and
 * the words of `q` left out as too common when it was given, and the totals. Sets the `Link`
 * header for the next and previous pages on the way.
 */
export function listPage<T extends { id: string }, I extends object = never>(
  c: Context,
  items: readonly T[],
  query: PageRequest & { readonly fields?: readonly string[] | undefined },
  included?: ((page: readonly T[]) => I | undefined) | undefined,
  ignored?: string[] | undefined,
) {
  const page = paginate(items, query, new URL(c.req.url));
  if (page.link) c.header('Link', page.link);
  const related = included?.(page.data);
  return {
    data: page.data.map((item) => pickFields(item, query.fields)),
    ...(related && { included: related }),
    ...(ignored && { ignored }),
    meta: page.meta,
  };
}
