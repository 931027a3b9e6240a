// A record's whole text, read from its own page: the search index ships only the opening of each
// record (to stay small), so a word found further on would otherwise show that opening instead
// of the passage it is in. The page is already on the host: nothing more is built for this.

/** Marks the elements of a page that hold the text the search index was made from. */
export const SEARCH_TEXT_ATTRIBUTE = 'data-search-text';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dt, dd, figcaption, tr';

/**
 * The text of the marked elements of an HTML page, blocks kept apart by a space (the markup
 * alone would run the last word of a paragraph into the first of the next). The page is parsed
 * as an inert document: its scripts never run, and only text is read from it.
 */
export function searchTextOf(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  for (const element of page.querySelectorAll(`[${SEARCH_TEXT_ATTRIBUTE}]`)) {
    for (const block of element.querySelectorAll(BLOCKS)) block.append(' ');
    parts.push(element.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the pages' texts once each, however many queries list the same records: a reader
 * refining a query sees the same hits again.
 */
export function pageTexts(): (path: string) => Promise<string | undefined> {
  const loaded = new Map<string, Promise<string | undefined>>();
  return (path) => {
    let text = loaded.get(path);
    if (!text) {
      text = fetch(path)
        .then((response) => (response.ok ? response.text() : undefined))
        .then((html) => (html === undefined ? undefined : searchTextOf(html)))
        // A page that cannot be read leaves the snippet as it is; a later query tries again.
        .catch(() => {
          loaded.delete(path);
          return undefined;
        });
      loaded.set(path, text);
    }
    return text;
  };
}
