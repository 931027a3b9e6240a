import type { Catalog, Diagnostic } from '../schema/index.ts';

/** What loading a content directory yields: the signature of `loadCatalog` in `../node`. */
export type CatalogResult = { catalog: Catalog; diagnostics: Diagnostic[] };
export type LoadCatalog = (dir: string) => Promise<CatalogResult>;

/**
 * One catalog shared by the four collections: Astro calls each collection's `load()` on its
 * own, and reading the content directory four times would quadruple the build's parsing work.
 * `reload()` calls made close together (the four watchers seeing one file change, an editor's
 * save in two writes) share one load; a call made once that load has begun gets a load of its
 * own after it, so a file saved while the catalog is being read is never left out.
 */
export type CatalogSource = {
  current(): Promise<CatalogResult>;
  reload(): Promise<CatalogResult>;
  /** Drops the loaded catalog; the next `current()` loads it again. */
  forget(): void;
};

const COALESCE_MS = 100;

export function createCatalogSource(dir: string, load: LoadCatalog): CatalogSource {
  let result: Promise<CatalogResult> | undefined;
  // The reload that has not begun reading yet, which later calls join.
  let next: Promise<CatalogResult> | undefined;
  return {
    current() {
      result ??= load(dir);
      return result;
    },
    reload() {
      if (next) return next;
      const before = result;
      next = (async () => {
        await Promise.all([
          before?.catch(() => undefined),
          new Promise((wait) => setTimeout(wait, COALESCE_MS)),
        ]);
        next = undefined;
        result = load(dir);
        return result;
      })();
      return next;
    },
    forget() {
      result = undefined;
    },
  };
}
