import { normalizeTag } from '@confnotes/content/portable';
import type { PostSummary } from '../schemas/records.ts';

/**
 * Whether a post names an author, any of its authors when it has several: names compared as
 * tags are (composed, trimmed, any case), so `ann lee` finds Ann Lee.
 * @example byAuthor('ann lee')({ author: { name: 'Ann Lee' } }) // true
 */
export function byAuthor(name: string): (post: Pick<PostSummary, 'author' | 'authors'>) => boolean {
  const wanted = normalizeTag(name);
  return (post) =>
    (post.authors ?? (post.author ? [post.author] : [])).some(
      (author) => normalizeTag(author.name) === wanted,
    );
}
