// Links of a post's HTML to files of the content's `static/`: pictures from the root of the
// blog it was imported from (`/images/a.jpg`), published at the site's root.

// A link with a scheme (`https:`, `data:`) or a host (`//cdn…`) is not the site's to check.
const elsewhere = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const rootLink = /(\s(?:src|href|poster)=")(\/(?!\/)[^"]*)"/g;

/** An attribute's value as the sanitized HTML writes it (`&#x26;`, `&amp;`), read back. */
export const attributeValue = (value: string) =>
  value.replace(/&#x26;|&amp;/g, '&').replace(/&#x22;|&quot;/g, '"');

/** The site path a local link resolves to from the post's page, decoded, without its `/`. */
function targetOf(link: string, page: string): string | undefined {
  const href = attributeValue(link).trim();
  if (!href || elsewhere.test(href) || href.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(new URL(href, `http://site${page}`).pathname).replace(/^\//, '');
  } catch {
    return undefined;
  }
}

/**
 * The post's HTML with each link from the site's root to a file of `static/` put under the
 * path the site is served from (`/images/a.jpg` -> `/notes/images/a.jpg`): the author wrote it
 * for a site at a host's root. Other links are left as written.
 * @example underBase('<img src="/a.jpg">', new Set(['a.jpg']), '/notes/') // '<img src="/notes/a.jpg">'
 */
export function underBase(html: string, root: ReadonlySet<string>, base: string): string {
  if (base === '/' || root.size === 0) return html;
  return html.replace(rootLink, (whole, head: string, link: string) => {
    const target = targetOf(link, '/');
    return target !== undefined && root.has(target) ? `${head}${base}${link.slice(1)}"` : whole;
  });
}
