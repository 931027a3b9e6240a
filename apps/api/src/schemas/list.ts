import { z } from '@hono/zod-openapi';

const pageLink = z.string().nullable().meta({ format: 'uri-reference', example: '?page=2' });

/** Where a page sits in a list, with links to its neighbours (also sent as a `Link` header). */
export const ListMeta = z
  .object({
    total: z.number().int().min(0).describe('Records matching the filters, on all pages'),
    limit: z.number().int().min(1).max(100),
    page: z.number().int().min(1),
    pages: z.number().int().min(0),
    next: pageLink.describe(
      'The next page, or null on the last one: this URL with another query (`?limit=10&page=2`), ' +
        'a reference to resolve against the URL asked for (`new URL(next, url)`), as ' +
        'the `Link` header is, so it holds behind a proxy serving the API under a path of its own',
    ),
    prev: pageLink.meta({
      description: 'The previous page, or null on the first one; resolved as `next` is',
      example: '?page=1',
    }),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page'),
  })
  .meta({ id: 'ListMeta' });
export type ListMeta = z.infer<typeof ListMeta>;

/** The words of `q` a search left out as too common, for a client to say why they found nothing. */
export const IgnoredWords = z
  .array(z.string())
  .describe(
    'The words of `q` left out as too common to search (`the`, `and`), as typed, so a client ' +
      'can say why a query of them alone finds nothing',
  )
  .openapi({ example: ['the'] });

/** The envelope of every list: a page of records and where it sits. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: ListMeta });
}
