import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';

/** Elements whose content no reader sees as text. */
export const UNREAD_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
]);

/** Whether raw HTML may hold one of `paragraphElements`: the rest is not worth parsing for them. */
export const MAY_HOLD_PARAGRAPHS = /<(?:p|li)\b/i;

/**
 * The paragraphs of a block of raw HTML in document order, but those inside elements no reader
 * sees and those with an id of their own: its `<p>`s, and the `<li>`s that hold no `<p>` (as a
 * tight Markdown list item's text is its paragraph). They get anchors, as Markdown paragraphs
 * do.
 * @example paragraphElements(htmlToHast('<p>a</p><ul><li>b</li></ul>', { fragment: true })).length // 2
 */
export function paragraphElements(root: HastRoot): Element[] {
  const found: Element[] = [];
  // Walked with a stack, not recursion: the HTML may nest as deep as its writer made it.
  const stack: (RootContent | ElementContent)[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' || UNREAD_TAGS.has(node.tagName)) continue;
    // An element with an id of the post's own keeps it: a link in the post may lead there.
    const anchorable =
      node.tagName === 'p' || (node.tagName === 'li' && !node.children.some(isParagraph));
    if (anchorable && node.properties.id === undefined) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

const isParagraph = (node: ElementContent) => node.type === 'element' && node.tagName === 'p';
