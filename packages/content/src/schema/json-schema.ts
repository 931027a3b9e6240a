import { z } from 'zod';
import { Catalog } from './catalog.ts';

/**
 * JSON Schema (draft 2020-12) of the whole catalog, each record under `$defs` by its id.
 * @example writeFileSync('catalog.schema.json', JSON.stringify(catalogJsonSchema(), null, 2))
 */
export function catalogJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Catalog, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
