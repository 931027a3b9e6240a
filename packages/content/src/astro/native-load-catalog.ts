import { createRequire } from 'node:module';

type LoadCatalogModule = { loadCatalog: typeof import('../node/load-catalog.ts').loadCatalog };

/**
 * The core's `loadCatalog`, as Node itself loads it. Astro runs content loaders inside Vite's
 * module runner, which would transform the whole parser (hundreds of modules, with source maps)
 * on every build before the first article is read; Node loads the same modules natively in a
 * fraction of that time, as the worker threads that parse the articles do anyway. Where the
 * module cannot be loaded so (a bundled copy of this loader), the ordinary import is used.
 */
export async function nativeLoadCatalog(): Promise<LoadCatalogModule['loadCatalog']> {
  // Beside this file: `.ts` in the repository (Node strips the types), `.js` once built.
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  try {
    // `require` of an ES module (Node >= 22.12): a call Vite leaves alone, unlike `import()`.
    const required = createRequire(import.meta.url)(`../node/load-catalog.${ext}`) as
      | Partial<LoadCatalogModule>
      | undefined;
    if (typeof required?.loadCatalog === 'function') return required.loadCatalog;
  } catch {
    // Not loadable natively here: fall through to the import Vite resolves.
  }
  return (await import('../node/load-catalog.ts')).loadCatalog;
}
