import type { PostEntry } from '@confnotes/content/astro';
import { postHtml } from '@confnotes/content/astro/pages';
import { html } from './html.ts';
import { htmlText } from './html-text.ts';
import { rssHtml } from './rss-html.ts';

/**
 * What a feed gives as a post's text: its excerpt, or, for a post whose excerpt is empty
 * because it has no prose (a code block alone), the text of the post itself, where a feed
 * reader showed an empty item.
 */
export function feedText(post: Pick<PostEntry, 'id' | 'excerpt'>): string {
  return post.excerpt.trim() !== '' ? post.excerpt : htmlText(postHtml(post.id));
}

/**
 * A post's summary as the HTML that RSS and Atom give: its description or excerpt in its
 * paragraphs, or, for a post with no prose, its code as code.
 */
export function feedHtml(post: Pick<PostEntry, 'id' | 'excerpt' | 'description'>): string {
  return rssHtml(post.description ?? post.excerpt) || `<pre>${html(feedText(post))}</pre>`;
}
