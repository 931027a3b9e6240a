import { headingsUnder } from './heading-levels.ts';

// A code block wider than the column scrolls sideways; a keyboard can only scroll what it can
// focus, and not every browser lets it focus a scroller on its own.
const codeBlock = /<pre(?=[\s>])(?![^>]*\stabindex=)/g;

/** A post's HTML as its page shows it: headings under the title, code blocks focusable. */
export function postPageHtml(html: string): string {
  return headingsUnder(html).replace(codeBlock, '<pre tabindex="0"');
}
