import { basename, dirname } from 'node:path';

/**
 * The content directory of an article given in place of it (`check content/posts/x.md`, as a
 * linter takes one file, or many through a shell glob): the folder that holds its `posts/`, or
 * undefined for a path under no `posts/`. Read from the path alone.
 * @example contentOfArticle('content/posts/2020/x.md') // 'content'
 */
export function contentOfArticle(file: string): string | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir))
    if (basename(dir) === 'posts') return dirname(dir);
  return undefined;
}
