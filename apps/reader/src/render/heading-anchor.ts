import type { Heading } from 'mdast';

// Zola, Hugo, kramdown and Pandoc give a heading its id with `{#id}` (kramdown also `{: #id}`)
// after its text: markup for the engine, not words to read. The id stays known, since links
// within the article (`[see below](#reading-list)`) go to it.
const ATTRIBUTES = /\{:?[ \t]*#([^\s}]+)[^}]*\}[ \t]*$/;

/** A heading without a trailing `{#id}` attribute block, and the id it gave. */
export function headingAttributes(node: Heading): { heading: Heading; id?: string } {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return { heading: node };
  const found = ATTRIBUTES.exec(last.value);
  if (!found) return { heading: node };
  const text = last.value.slice(0, found.index).trimEnd();
  const kept = node.children.slice(0, -1);
  const children = text ? [...kept, { ...last, value: text }] : kept;
  return { heading: { ...node, children }, id: found[1]! };
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
