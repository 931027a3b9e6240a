// CONFNOTES_SITE_URL goes into every canonical link, feed entry and sitemap line: a value that
// is no address stops the build with what to write instead, where `new URL` threw a stack.

/** Where `npm start` serves the site, and what a build without CONFNOTES_SITE_URL links to. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

const EXAMPLE = 'https://example.com/ or https://someone.github.io/notes/';

/** A CONFNOTES_SITE_URL that cannot be the site's address, and why. */
export class SiteUrlError extends Error {
  override readonly name = 'SiteUrlError';
}

/**
 * The site's public address, as CONFNOTES_SITE_URL gives it: the local one when it is unset or
 * empty. Throws a `SiteUrlError` saying what to write when the value is no http(s) address of a
 * page: one without a scheme, with a query or fragment, or with a user name or password (which
 * every page would publish).
 * @example checkedSiteUrl('https://someone.github.io/notes') // 'https://someone.github.io/notes'
 */
export function checkedSiteUrl(value: string | undefined): string {
  if (!value) return LOCAL_SITE_URL;
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
