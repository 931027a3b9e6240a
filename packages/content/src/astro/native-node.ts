import { createRequire } from 'node:module';

type LoadCatalogModule = { loadCatalog: typeof import('../node/load-catalog.ts').loadCatalog };
type SearchIndexJsonModule = {
  searchIndexJson: typeof import('../node/search-index-json.ts').searchIndexJson;
};

/**
 * The export `name` of the core's module `../node/<file>`, as Node itself loads it. Astro runs
 * content loaders inside Vite's module runner, which would transform the whole parser (hundreds
 * of modules, with source maps) on every build before the first article is read; Node loads the
 * same modules natively in a fraction of that time, as the worker threads that parse the
 * articles do anyway. Undefined where the module cannot be loaded so (a bundled copy of this
 * loader): the caller then uses the ordinary import, which Vite resolves.
 */
function nativeExport<T>(file: string, name: string): T | undefined {
  // Beside this file: `.ts` in the repository (Node strips the types), `.js` once built.
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  try {
    // `require` of an ES module (Node >= 22.12): a call Vite leaves alone, unlike `import()`.
    const required = createRequire(import.meta.url)(`../node/${file}.${ext}`) as
      | Record<string, unknown>
      | undefined;
    const value = required?.[name];
    if (typeof value === 'function') return value as T;
  } catch {
    // Not loadable natively here.
  }
  return undefined;
}

/** The core's `loadCatalog`, loaded natively where it can be (see `nativeExport`). */
export async function nativeLoadCatalog(): Promise<LoadCatalogModule['loadCatalog']> {
  return (
    nativeExport<LoadCatalogModule['loadCatalog']>('load-catalog', 'loadCatalog') ??
    (await import('../node/load-catalog.ts')).loadCatalog
  );
}

/** The core's `searchIndexJson`, loaded natively where it can be (see `nativeExport`). */
export async function nativeSearchIndexJson(): Promise<SearchIndexJsonModule['searchIndexJson']> {
  return (
    nativeExport<SearchIndexJsonModule['searchIndexJson']>(
      'search-index-json',
      'searchIndexJson',
    ) ?? (await import('../node/search-index-json.ts')).searchIndexJson
  );
}
