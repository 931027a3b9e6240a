/**
 * A URL-safe id: accents dropped, lower case, runs of other characters turned into `-`.
 * @example slugify('Dockercon EU 2015: Day Two!') === 'dockercon-eu-2015-day-two'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const datePrefix = /^(\d{4})-(\d{2})-(\d{2})-/;

/** The file name of a path without its directory and extension. */
const stem = (path: string) => (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '');

/**
 * The post id: the front matter's `slug` if any, else the file name without a `YYYY-MM-DD-`
 * prefix, slugified.
 * @example postId('posts/2015-11-19-dockercon-day-two.md', undefined) === 'dockercon-day-two'
 */
export function postId(path: string, slug: string | undefined): string {
  const fromSlug = slug ? slugify(slug) : '';
  if (fromSlug) return fromSlug;
  return slugify(stem(path).replace(datePrefix, '')) || slugify(stem(path)) || 'post';
}

/** The `YYYY-MM-DD` a file name starts with, if it is a real date. */
export function fileNameDate(path: string): string | undefined {
  const match = datePrefix.exec(stem(path));
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const real = new Date(Date.UTC(y, m - 1, d));
  return real.getUTCMonth() === m - 1 && real.getUTCDate() === d
    ? match[0].slice(0, 10)
    : undefined;
}
