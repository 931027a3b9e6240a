import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';

/** Elements whose content no reader sees as text. */
export const UNREAD_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  // A recording becomes a link to it (see `embedsAsLinks`); its children are what a browser
  // without a player shows instead.
  'video',
  'audio',
]);

/** The heading elements, `<h1>` to `<h6>`. */
export const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Elements that start and end a block of text; any other element is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  ...HEADING_TAGS,
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Whether raw HTML may hold one of `anchoredElements`: the rest is not worth parsing for them. */
export const MAY_HOLD_ANCHORED = /<(?:p|li|h[1-6])\b/i;

const HEADING = /^h[1-6]$/;

/** Whether an element of `anchoredElements` is a heading (`<h1>`-`<h6>`). */
export const isHeadingElement = (element: Element): boolean => HEADING.test(element.tagName);

/**
 * The elements of a block of raw HTML that get an anchor, as Markdown's paragraphs and headings
 * do, in document order: its `<p>`s, the `<li>`s that hold no `<p>` (as a tight Markdown list
 * item's text is its paragraph) and its headings; not those inside elements no reader sees,
 * nor those with an id of the post's own, which they keep (a link in the post may lead there).
 * @example anchoredElements(htmlToHast('<h2>A</h2><p>b</p><ul><li>c</li></ul>', { fragment: true })).length // 3
 */
export function anchoredElements(root: HastRoot): Element[] {
  const found: Element[] = [];
  // Walked with a stack, not recursion: the HTML may nest as deep as its writer made it.
  const stack: (RootContent | ElementContent)[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' || UNREAD_TAGS.has(node.tagName)) continue;
    const tag = node.tagName;
    const anchored =
      tag === 'p' || HEADING.test(tag) || (tag === 'li' && !node.children.some(isParagraph));
    if (anchored && node.properties.id === undefined) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

const isParagraph = (node: ElementContent) => node.type === 'element' && node.tagName === 'p';

/**
 * The text of an element as a reader sees it: its text and that of its descendants, white space
 * collapsed, without what no reader sees.
 * @example elementText(heading) // 'Day two'
 */
export function elementText(element: Element): string {
  let text = '';
  const stack: ElementContent[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' && !UNREAD_TAGS.has(node.tagName))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text.replace(/\s+/g, ' ').trim();
}
