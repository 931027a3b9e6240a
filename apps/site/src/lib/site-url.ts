// CONFNOTES_SITE_URL goes into every canonical link, feed entry and sitemap line: a value that
// is no address stops the build with what to write instead, where `new URL` threw a stack.

/**
 * Where `npm start` serves the site by default, and what a build without CONFNOTES_SITE_URL
 * links to.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Where `npm start` serves the site on `port` (its PORT, which the server reads too): the
 * default address for a port that is not one a server can be asked for (`0` picks any).
 */
function localSiteUrl(port: string | undefined): string {
  const n = port && /^\d{1,5}$/.test(port) ? Number(port) : 0;
  return n > 0 && n <= 65_535 ? `http://localhost:${n}` : LOCAL_SITE_URL;
}

const EXAMPLE = 'https://example.com/ or https://someone.github.io/notes/';

/** A CONFNOTES_SITE_URL that cannot be the site's address, and why. */
export class SiteUrlError extends Error {
  override readonly name = 'SiteUrlError';
}

/**
 * The site's public address, as CONFNOTES_SITE_URL gives it: where `npm start` serves it on
 * `port` (PORT) when it is unset or empty. Throws a `SiteUrlError` saying what to write when
 * the value is no http(s) address of a page: one without a scheme, with a query or fragment,
 * or with a user name or password (which every page would publish).
 * @example checkedSiteUrl('https://someone.github.io/notes') // 'https://someone.github.io/notes'
 */
export function checkedSiteUrl(value: string | undefined, port?: string): string {
  if (!value) return localSiteUrl(port);
  const shown = JSON.stringify(value);
  const fix = `Set it to the public address of the site's home page, as ${EXAMPLE}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`CONFNOTES_SITE_URL is ${shown}, which is not an address. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteUrlError(
      `CONFNOTES_SITE_URL is ${shown}: a site is served over https: or http:, not ${url.protocol} ${fix}`,
    );
  if (url.username || url.password)
    throw new SiteUrlError(
      `CONFNOTES_SITE_URL is ${shown}, with a user name or password that every page and feed would publish. ${fix}, without them.`,
    );
  if (url.search || url.hash)
    throw new SiteUrlError(
      `CONFNOTES_SITE_URL is ${shown}, with a ${url.search ? 'query' : 'fragment'} (${url.search || url.hash}) no page's address can go under. ${fix}`,
    );
  return value;
}
