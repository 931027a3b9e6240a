import type { Author, Post } from '../schema/post.ts';

/**
 * Every author of a post, in the order its front matter gives them: `authors` when it names
 * more than one, else `author` alone, else none. What a byline, a feed or a search lists.
 * @example postAuthors(post).map((a) => a.name).join(', ')
 */
export function postAuthors(post: Pick<Post, 'author' | 'authors'>): readonly Author[] {
  return post.authors ?? (post.author ? [post.author] : []);
}
