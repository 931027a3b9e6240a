import { stat } from 'node:fs/promises';
import { join } from 'node:path';

// Where other site engines keep their articles: Jekyll's `_posts/`, Hugo's `content/post/`, and
// the names many blogs give the folder.
const ELSEWHERE = ['_posts', 'post', 'blog', 'articles'];

/**
 * The folder of `dir` that holds articles under another engine's name, which confnotes reads
 * only from `posts/`, or undefined when it has none of those names.
 * @example await otherPostsFolder('my-jekyll-site') // '_posts'
 */
export async function otherPostsFolder(dir: string): Promise<string | undefined> {
  for (const name of ELSEWHERE) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isDirectory()) return name;
  }
  return undefined;
}
