import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isArticleName } from '../read-article-files.ts';

const CURATED = /^(speakers\.yaml|talks\.yaml|events\/[^/]+\.(ya?ml|json))$/i;

/** The real path of `path`, through links in its folders and in it, whether it exists or not. */
async function realOf(path: string): Promise<string> {
  const whole = await realpath(path).catch(() => undefined);
  if (whole) return whole;
  const folder = dirname(path);
  return folder === path ? path : join(await realOf(folder), basename(path));
}

/**
 * The path, within the content directory `dir`, of the source `out` names (an article under
 * `posts/`, `speakers.yaml`, `talks.yaml`, a file of `events/`), when writing the catalog to
 * `out` would write over one; undefined otherwise. A catalog written there would be read back
 * as content by the next build, and the source it replaced lost.
 * @example await sourceAt('content', 'content/talks.yaml') // 'talks.yaml'
 */
export async function sourceAt(dir: string, out: string): Promise<string | undefined> {
  const [root, target] = await Promise.all([realOf(dir), realOf(out)]);
  const path = relative(root, target).split(sep).join('/');
  if (path === '' || path.startsWith('../') || path === '..' || isAbsolute(path)) return undefined;
  if (path.startsWith('posts/') && isArticleName(path)) return path;
  return CURATED.test(path) ? path : undefined;
}
