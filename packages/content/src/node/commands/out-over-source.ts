import { readdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isArticleName, readArticleFiles } from '../read-article-files.ts';

const CURATED = /^(speakers\.yaml|talks\.yaml|events\/[^/]+\.(ya?ml|json))$/i;
const EVENT_FILE = /\.(ya?ml|json)$/i;

/** The real path of `path`, through links in its folders and in it, whether it exists or not. */
async function realOf(path: string): Promise<string> {
  const whole = await realpath(path).catch(() => undefined);
  if (whole) return whole;
  const folder = dirname(path);
  return folder === path ? path : join(await realOf(folder), basename(path));
}

/** `path` relative to `folder` with `/` between its parts, when it is `folder` or inside it. */
function within(folder: string, path: string): string | undefined {
  const inner = relative(folder, path).split(sep).join('/');
  return inner === '..' || inner.startsWith('../') || isAbsolute(inner) ? undefined : inner;
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
  const path = within(root, target);
  if (!path) return undefined;
  if (CURATED.test(path)) return path;
  return (
    (await curatedAt(root, target)) ??
    (isArticleName(path) ? articleAt(dir, root, target) : undefined)
  );
}

/**
 * The curated file the build reads at the real path `target` through a link: `speakers.yaml` or
 * `talks.yaml` a link to a file elsewhere in the content directory `root` (a real path), or
 * `events/`, or a file of it, one.
 */
async function curatedAt(root: string, target: string): Promise<string | undefined> {
  const real = (path: string) => realpath(path).catch(() => undefined);
  for (const name of ['speakers.yaml', 'talks.yaml'])
    if ((await real(join(root, name))) === target) return name;
  const events = await real(join(root, 'events'));
  if (events === undefined) return undefined;
  if (dirname(target) === events && EVENT_FILE.test(basename(target)))
    return `events/${basename(target)}`;
  for (const name of await readdir(events).catch(() => []))
    if (EVENT_FILE.test(name) && (await real(join(events, name))) === target)
      return `events/${name}`;
  return undefined;
}

/**
 * The path the build reads an article at whose real path is `target`, in the content directory
 * `dir` (real path `root`), or would read a new one there. `posts/` and the folders under it may
 * be links to folders elsewhere in the content directory, which the build follows: the article
 * is found where they lead, not by its path from `root`.
 */
async function articleAt(dir: string, root: string, target: string): Promise<string | undefined> {
  const posts = await realpath(join(root, 'posts')).catch(() => undefined);
  const inPosts = posts === undefined ? undefined : within(posts, target);
  if (inPosts) return `posts/${inPosts}`;
  // Only a link under `posts/` leads the build elsewhere: its articles, and the folders they are
  // in, say where. Listed only here, for a path that names an article outside `posts/`.
  const folders = new Map<string, string>();
  for (const article of await readArticleFiles(dir)) {
    const real = await realpath(article.absolute).catch(() => undefined);
    if (real === target) return article.path;
    const folder = await realpath(dirname(article.absolute)).catch(() => undefined);
    if (folder !== undefined) folders.set(folder, dirname(article.path));
  }
  const folder = folders.get(dirname(target));
  return folder === undefined ? undefined : `${folder}/${basename(target)}`;
}
