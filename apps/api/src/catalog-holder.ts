import type { Catalog } from '@confnotes/content/portable';
import { type CatalogText, createSnapshot, type Snapshot } from './snapshot.ts';

/** Where the app reads the catalog it serves: one snapshot per request, read once. */
export interface CatalogSource {
  current(): Snapshot;
}

export interface CatalogHolder extends CatalogSource {
  /**
   * Builds the new snapshot completely, then swaps it in with one assignment; keeps the current
   * one when the new catalog has the same version tag.
   */
  replace(catalog: Catalog, text?: CatalogText): Snapshot;
}

/**
 * Holds the catalog being served and swaps in a new one atomically: a request that started on the
 * old snapshot finishes on it, the next one sees the new one, none sees half of either. `builtAt`
 * (now by default) is the first catalog's Last-Modified.
 * @example const holder = createCatalogHolder(catalog); serve(createApp(holder)); holder.replace(next);
 */
export function createCatalogHolder(
  catalog: Catalog,
  text?: CatalogText,
  builtAt?: Date,
): CatalogHolder {
  let snapshot = createSnapshot(catalog, builtAt, text);
  return {
    current: () => snapshot,
    replace(next, nextText) {
      const built = createSnapshot(next, undefined, nextText);
      // The same catalog again (a file saved unchanged): the snapshot served stays, and with it
      // its Last-Modified, stored answers and search index, so clients' validators stay good.
      if (built.tag === snapshot.tag) return snapshot;
      snapshot = built;
      return built;
    },
  };
}

export function isCatalogSource(value: Catalog | CatalogSource): value is CatalogSource {
  return typeof (value as CatalogSource).current === 'function';
}
