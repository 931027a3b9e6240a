import { articleLinks, type LinkedPost, type Post } from '@confnotes/content/portable';
import type { CatalogIndex } from './catalog-index.ts';

// A catalog's posts are indexed once, the first time one of its links is looked at.
const finders = new WeakMap<
  readonly Post[],
  (from: Post, href: string) => LinkedPost<Post> | undefined
>();

/**
 * The post a link of `from` leads to when it names another article's file (`day-one.md`,
 * Hugo's `ref`, Jekyll's `post_url`): the reader opens it, where a browser would find nothing.
 */
export function articleLink(
  index: CatalogIndex,
  from: Post,
  href: string,
): LinkedPost<Post> | undefined {
  const posts = index.catalog.posts;
  let find = finders.get(posts);
  if (!find) {
    find = articleLinks(posts);
    finders.set(posts, find);
  }
  return find(from, href);
}
