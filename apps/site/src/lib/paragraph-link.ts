import { html } from './html.ts';

/**
 * What a link to a paragraph of a post holds, as HTML. The eye gets `¶ 12`, joined by a no-break
 * space so the sign never ends a line apart from its number; a screen reader gets `paragraph 12`
 * and then `about`, as it reads the sign as "pilcrow", or not at all and names the link "12".
 * @example paragraphLink('p-12', ' of A') // '<span aria-hidden="true">¶ 12</span><span class="sr-only">paragraph 12 of A</span>'
 */
export function paragraphLink(anchor: string, about = ''): string {
  const number = html(anchor.replace(/^p-/, ''));
  return (
    `<span aria-hidden="true">¶\u00a0${number}</span>` +
    `<span class="sr-only">paragraph ${number}${html(about)}</span>`
  );
}
