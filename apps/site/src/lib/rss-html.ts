import { html } from './html.ts';

/**
 * A post's plain-text summary as the HTML an RSS description holds. Readers take a description
 * as HTML: given the text itself, they read `List<String>` as a tag and dropped it, and ran the
 * paragraphs together.
 * @example rssHtml('List<String>\n\nMore.') // '<p>List&lt;String&gt;</p><p>More.</p>'
 */
export function rssHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${html(paragraph)}</p>`)
    .join('');
}
