import type { PostEntry } from '@confnotes/content/astro';
import { postHtml } from '@confnotes/content/astro/pages';
import { htmlText } from './html-text.ts';

/**
 * What a feed gives as a post's text: its excerpt, or, for a post whose excerpt is empty
 * because it has no prose (a code block alone), the text of the post itself, where a feed
 * reader showed an empty item.
 */
export function feedText(post: Pick<PostEntry, 'id' | 'excerpt'>): string {
  return post.excerpt.trim() !== '' ? post.excerpt : htmlText(postHtml(post.id));
}
