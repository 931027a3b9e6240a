import type { Element, ElementContent, Root } from 'hast';

// A post's raw HTML link whose text is an address (`<a href="https://x/">https://x/</a>`,
// as imported blogs write links) holds a second link once the Markdown engine has read that
// text as an autolink. A link inside a link is not HTML: a browser, and the parse of the raw
// HTML, close the first before the second, so the author's link lost its text and a link to
// what the text spells (`www.x.example`, not the `href`) took its place.

const OPENS = /<a(?=[\s>])[^>]*>/gi;
const CLOSES = /<\/a\s*>/gi;

/** How a run of raw HTML leaves the depth of open `<a>` elements before it. */
function depthAfter(raw: string, depth: number): number {
  const opened = raw.match(OPENS)?.length ?? 0;
  const closed = raw.match(CLOSES)?.length ?? 0;
  return Math.max(0, depth + opened - closed);
}

/**
 * Unwraps each link the Markdown engine made inside a link the post's raw HTML opened in the
 * same paragraph or heading: the raw link keeps its text, as the author wrote it.
 * @example unnestRawAnchors(hast) // <a href="https://x/"><a href="https://x/">https://x/</a></a> → <a href="https://x/">https://x/</a>
 */
export function unnestRawAnchors(tree: Root | Element): void {
  let depth = 0;
  const children: ElementContent[] = [];
  let changed = false;
  for (const child of tree.children as ElementContent[]) {
    if (child.type === 'raw') depth = depthAfter(child.value, depth);
    if (depth > 0 && child.type === 'element' && child.tagName === 'a') {
      children.push(...child.children);
      changed = true;
      continue;
    }
    if (child.type === 'element') unnestRawAnchors(child);
    children.push(child);
  }
  if (changed) tree.children = children as typeof tree.children;
}
