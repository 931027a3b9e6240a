import type { PostEntry } from '@confnotes/content/astro';
import { postAuthors } from '@confnotes/content/portable';

/** Names joined as a byline reads: `Ann`, `Ann and Bob`, `Ann, Bob and Cy`. */
export function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A post's authors by name, as a byline reads; empty for a post that names none. */
export const authorNames = (post: Pick<PostEntry, 'author' | 'authors'>): string =>
  joinNames(postAuthors(post).map((a) => a.name));
