import type { Catalog } from '../schema/catalog.ts';

const LISTS = ['posts', 'talks', 'speakers', 'events'] as const;

/**
 * Refuses what is not a catalog before a query or a search reads its lists: given the result of
 * `loadCatalog` (`{ catalog, diagnostics }`) or nothing, JavaScript would otherwise stop with
 * "Cannot read properties of undefined", which names neither the argument nor the fix.
 * @example checkCatalog(catalog) // throws a TypeError when `catalog` is not one
 */
export function checkCatalog(value: unknown): asserts value is Catalog {
  if (value === null || typeof value !== 'object') {
    throw new TypeError(
      `A query or search needs a catalog, not ${value === null ? 'null' : typeof value}.`,
    );
  }
  const record = value as Record<string, unknown>;
  const missing = LISTS.find((list) => !Array.isArray(record[list]));
  if (missing === undefined) return;
  const inner = record.catalog as Record<string, unknown> | undefined;
  if (inner && typeof inner === 'object' && Array.isArray(inner.posts)) {
    throw new TypeError(
      'A query or search needs a catalog and was given the result of loadCatalog: pass its catalog (const { catalog } = await loadCatalog(dir)).',
    );
  }
  throw new TypeError(`A query or search needs a catalog, and this has no list of ${missing}.`);
}
