import type { Heading } from 'mdast';

/**
 * The id a heading gave itself (`## Reading list {#reading-list}`, as Zola, Hugo, kramdown and
 * Pandoc write it): the core's `bodyTree` takes it out of the text and keeps it on the node.
 * Links within the article (`[see below](#reading-list)`) go to it.
 */
export function headingId(node: Heading): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * What a heading's text and a link's `#fragment` are compared by: letters and digits only,
 * lower case, accents dropped. Each engine makes ids from text its own way ("Reading list" is
 * `reading-list`, `reading_list` or `readinglist`); they all keep the letters.
 */
export function anchorKey(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A `%` that starts no escape is a character of the fragment.
  }
  return decoded
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The fragment of a link within the article (`#reading-list`), or undefined for any other. */
export const inPageFragment = (url: string): string | undefined =>
  url.startsWith('#') && url.length > 1 ? url.slice(1) : undefined;

/** The line of the heading a `#fragment` names: by its id first, then by its words. */
export function anchorLine(
  anchors: ReadonlyMap<string, number>,
  fragment: string,
): number | undefined {
  return anchors.get(`#${fragment}`) ?? anchors.get(anchorKey(fragment));
}
