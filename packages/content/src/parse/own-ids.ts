import type { Element, Root } from 'hast';

type Parent = Root | Element;

const eachElement = (node: Parent, visit: (element: Element) => void): void => {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    eachElement(child, visit);
  }
};

/**
 * Marks the ids the Markdown engine and the anchors gave (paragraphs, headings, footnotes) with
 * `mark`, before raw HTML is parsed in beside them: an id the post's own HTML writes
 * (`<p id="p-3">`) can then be told from the generated one, however it is spelt.
 */
export function markOwnIds(tree: Parent, mark: string): void {
  eachElement(tree, (element) => {
    const id = element.properties.id;
    if (typeof id === 'string') element.properties.id = `${mark}${id}`;
  });
}

/**
 * After the sanitizer has prefixed every id (`user-content-`), gives the marked ones their own
 * back: a page's anchors are the generated ids, and ids written in the post keep the prefix,
 * so they can never take an anchor's place.
 * @example restoreOwnIds(tree, 'user-content-' + mark) // user-content-<mark>p-3 -> p-3
 */
export function restoreOwnIds(tree: Parent, marked: string): void {
  eachElement(tree, (element) => {
    const id = element.properties.id;
    if (typeof id === 'string' && id.startsWith(marked))
      element.properties.id = id.slice(marked.length);
  });
}
