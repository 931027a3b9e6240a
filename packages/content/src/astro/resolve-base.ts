import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The content directory `base` names, relative to the Astro project root. */
export function resolveBase(base: string | URL, root: URL): string {
  if (base instanceof URL) return fileURLToPath(base);
  return isAbsolute(base) ? base : resolve(fileURLToPath(root), base);
}
