import type { Catalog, Diagnostic } from '../schema/index.ts';

/** What loading a content directory yields: the signature of `loadCatalog` in `../node`. */
export type CatalogResult = { catalog: Catalog; diagnostics: Diagnostic[] };
export type LoadCatalog = (dir: string) => Promise<CatalogResult>;

/**
 * One catalog shared by the four collections: Astro calls each collection's `load()` on its
 * own, and reading the content directory four times would quadruple the build's parsing work.
 * `reload()` calls made close together (the four watchers seeing one file change) share one load.
 */
export type CatalogSource = {
  current(): Promise<CatalogResult>;
  reload(): Promise<CatalogResult>;
  /** Drops the loaded catalog; the next `current()` loads it again. */
  forget(): void;
};

const COALESCE_MS = 200;

export function createCatalogSource(dir: string, load: LoadCatalog): CatalogSource {
  let result: Promise<CatalogResult> | undefined;
  let reloadedAt = 0;
  return {
    current() {
      result ??= load(dir);
      return result;
    },
    reload() {
      const now = Date.now();
      if (!result || now - reloadedAt > COALESCE_MS) {
        reloadedAt = now;
        result = load(dir);
      }
      return result;
    },
    forget() {
      result = undefined;
    },
  };
}
