import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The content directory `base` names, relative to the Astro project root. */
export function resolveBase(base: string | URL, root: URL): string {
  if (base instanceof URL) return fileURLToPath(base);
  return isAbsolute(base) ? base : resolve(fileURLToPath(root), base);
}

/**
 * The cache directory `cacheDir` names, relative to the Astro project root as `base` is (the
 * core reads a relative one from the working directory, which need not be the project's).
 * @example resolveCacheDir('.cache/notes', root) // '/home/me/site/.cache/notes'
 */
export function resolveCacheDir<T extends string | false | undefined>(cacheDir: T, root: URL): T {
  return (typeof cacheDir === 'string' ? resolveBase(cacheDir, root) : cacheDir) as T;
}
