import type { Post } from '../schema/post.ts';
import { postAuthors } from './post-authors.ts';

/**
 * A post's byline: its authors, then its day (`Ada Lovelace, Grace Hopper · 2015-11-17`); what
 * tells two recaps of one title apart in a list. Empty for a post with neither.
 * @example postByline({ author: { name: 'Ada' }, date: '2015-11-17T09:00:00Z' }) // 'Ada · 2015-11-17'
 */
export function postByline(post: Pick<Post, 'author' | 'authors' | 'date'>): string {
  return [
    postAuthors(post)
      .map((a) => a.name)
      .join(', '),
    post.date?.slice(0, 10),
  ]
    .filter(Boolean)
    .join(' · ');
}
