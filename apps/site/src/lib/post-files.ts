// The files a post's HTML points at on this site: pictures from the root of the blog it was
// imported from (`/images/a.jpg`), published from the content's `static/`, and the files of a
// page bundle, published beside the post's page.

/** Where a post's page lives, and what the site publishes that its links may name. */
export interface PublishedFiles {
  /** Files of `static/`, by path from the site's root without the first `/`. */
  readonly root: ReadonlySet<string>;
  /** The post's page, `/posts/<id>/`, from the site's root (without its base). */
  readonly page: string;
  /** The files of the post's page bundle, by path from its page. */
  readonly bundle: readonly string[];
}

// A link with a scheme (`https:`, `data:`) or a host (`//cdn…`) is not the site's to check.
const elsewhere = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const imgSrc = /<img\b[^>]*?\ssrc="([^"]*)"/g;
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
 * The `src` of each picture of a post's HTML that names a file of this site that it does not
 * publish: neither a file of `static/` nor one of the post's page bundle. Each once, in order.
 * @example unpublishedImages('<img src="/images/a.jpg">', files) // ['/images/a.jpg']
 */
export function unpublishedImages(html: string, files: PublishedFiles): string[] {
  if (!html.includes('<img')) return [];
  const found = new Set<string>();
  const bundled = new Set(files.bundle.map((asset) => `${files.page.slice(1)}${asset}`));
  for (const [, src] of html.matchAll(imgSrc)) {
    const target = targetOf(src!, files.page);
    if (target === undefined || files.root.has(target) || bundled.has(target)) continue;
    found.add(attributeValue(src!));
  }
  return [...found];
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

/**
 * The 1-based line and column of the first place `source` writes a link, as written or as the
 * HTML escapes it; line 1, column 1 when it cannot be found (a reference-style link's label).
 */
export function linkPlace(source: string, link: string): { line: number; column: number } {
  const candidates = [link, decodeSafely(link), encodeURI(decodeSafely(link))];
  let at = -1;
  for (const c of candidates) if (at < 0 && c) at = source.indexOf(c);
  if (at < 0) return { line: 1, column: 1 };
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function decodeSafely(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}
