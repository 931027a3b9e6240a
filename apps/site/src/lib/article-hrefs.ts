import { html } from './html.ts';
import { attributeValue } from './post-files.ts';

// A link an author wrote to another article's file (`[day one](2015-11-18-day-one.md)`, or
// Hugo's `{{< ref "day-one.md" >}}`) named a page of the blog it was written for: here it
// leads to the page of the post that file became.

const anchorHref = /(<a\s(?:[^>]*?\s)?href=")([^"]*)"/g;

/**
 * `postHtml` with the address of each link that `pageOf` knows put in place: `pageOf` takes the
 * address as written and gives the page it leads to (a post's path and its `#fragment`), or
 * undefined to leave the link as it is.
 * @example linkArticles('<a href="day-one.md">x</a>', () => '/posts/day-one/') // '<a href="/posts/day-one/">x</a>'
 */
export function linkArticles(
  postHtml: string,
  pageOf: (href: string) => string | undefined,
): string {
  if (!postHtml.includes('<a')) return postHtml;
  return postHtml.replace(anchorHref, (whole, head: string, href: string) => {
    const page = pageOf(attributeValue(href));
    return page === undefined ? whole : `${head}${html(page)}"`;
  });
}
