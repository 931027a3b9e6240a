import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where builds of a content directory cache their work by default: `node_modules/.cache/confnotes`
 * of the nearest package above the content directory, or `.cache/confnotes` beside it. Never
 * inside the content directory, which people commit and publish.
 * @example defaultCacheDir('/site/content') // '/site/node_modules/.cache/confnotes' when /site/package.json exists
 */
export function defaultCacheDir(contentDir: string): string {
  const content = resolve(contentDir);
  for (let dir = dirname(content); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')))
      return join(dir, 'node_modules', '.cache', 'confnotes');
    if (dirname(dir) === dir) break;
  }
  return join(dirname(content), '.cache', 'confnotes');
}

/**
 * The part of the cache under `cacheRoot` that belongs to one content directory: each has its
 * own, so that pruning one never drops another's work.
 */
export function contentCacheDir(contentDir: string, cacheRoot: string): string {
  return join(
    cacheRoot,
    createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16),
  );
}
