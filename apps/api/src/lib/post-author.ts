import { slugify } from '@confnotes/content/portable';
import type { PostSummary } from '../schemas/records.ts';

// A name as written, composed and in any case.
const asWritten = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * Whether a post names an author, any of its authors when it has several. A name is compared
 * as the catalog makes ids of names, so `Ann Lee`, `ann lee` and `ann-lee` (as a speaker's id,
 * or a Ghost author's slug, is written) all find Ann Lee; a name of which no id can be made
 * (punctuation alone) is compared as written, in any case.
 * @example byAuthor('ann-lee')({ author: { name: 'Ann Lee' } }) // true
 */
export function byAuthor(name: string): (post: Pick<PostSummary, 'author' | 'authors'>) => boolean {
  const slug = slugify(name);
  const form = slug === '' ? asWritten : slugify;
  const wanted = slug === '' ? asWritten(name) : slug;
  return (post) =>
    (post.authors ?? (post.author ? [post.author] : [])).some(
      (author) => form(author.name) === wanted,
    );
}
