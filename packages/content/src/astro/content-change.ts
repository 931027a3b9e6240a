import { basename, isAbsolute, relative, sep } from 'node:path';
import { isArticleName } from '../query/article-name.ts';

const FOLDER_EVENTS = new Set(['addDir', 'unlinkDir']);
const CURATED = /\.ya?ml$/i;
const EVENT_FILE = /\.(ya?ml|json)$/i;

/**
 * Whether a change the dev server's watcher saw at `path` can change the catalog of the content
 * directory `dir`: an article (wherever it is, for a link under `posts/` may lead to it), a
 * curated YAML file, an event file, or a folder of `posts/` or `events/`. Not an editor's swap,
 * backup or lock file beside an article (vim writes its `.swp` every few seconds of typing), a
 * page bundle's picture, nor, when the content directory holds the project, Astro's own files.
 * @example concernsContent('change', '/site/content/posts/.a.md.swp', '/site/content') === false
 */
export function concernsContent(event: string, path: string, dir: string): boolean {
  const rel = relative(dir, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const [top, ...rest] = rel.split(sep);
  const listed = top === 'posts' || top === 'events';
  if (listed && (rest.length === 0 || FOLDER_EVENTS.has(event))) return true;
  const name = basename(rel);
  if (isArticleName(name)) return true;
  if (top === 'events') return EVENT_FILE.test(name);
  return CURATED.test(name);
}
