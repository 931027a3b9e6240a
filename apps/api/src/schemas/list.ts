import { z } from '@hono/zod-openapi';

/** Where a page sits in a list, with links to its neighbours (also sent as a `Link` header). */
export const ListMeta = z
  .object({
    total: z.number().int().min(0).describe('Records matching the filters, on all pages'),
    limit: z.number().int().min(1).max(100),
    page: z.number().int().min(1),
    pages: z.number().int().min(0),
    next: z.string().nullable().describe('URL of the next page, or null on the last one'),
    prev: z.string().nullable(),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page'),
  })
  .meta({ id: 'ListMeta' });
export type ListMeta = z.infer<typeof ListMeta>;

/** The envelope of every list: a page of records and where it sits. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: ListMeta });
}
