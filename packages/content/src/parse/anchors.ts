import GithubSlugger, { slug as bareSlug } from 'github-slugger';
import type { Element } from 'hast';
import type { Heading, Nodes, Paragraph, Parent, Root } from 'mdast';
import type { Heading as PostHeading } from '../schema/post.ts';
import {
  anchoredElements,
  elementText,
  isHeadingElement,
  MAY_HOLD_ANCHORED,
} from './html-anchors.ts';
import { htmlNodeHast } from './html-text.ts';
import { walk } from './mdast.ts';
import { plainText } from './plain-text.ts';

/** The anchor of each paragraph: Markdown's, and the `<p>`s and `<li>`s of its raw HTML. */
export type ParagraphAnchors = ReadonlyMap<Paragraph | Element, string>;

// Parents whose raw HTML is a block of its own, not a tag inside a line of text.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * The anchor of each paragraph: `p-1`, `p-2`... counting mdast `paragraph` nodes and the `<p>`
 * elements of blocks of raw HTML (`htmlNodeHast`'s, the ones extraction reads) in document
 * order. The HTML gives the element that renders each paragraph the same id (a `<p>`, or a
 * `<span>` inside a tight list item), so a mention found in the tree links into the page.
 * @example paragraphAnchors(parseArticle('a\n\nb', 'posts/a.md').tree!).size === 2
 */
export function paragraphAnchors(tree: Root): Map<Paragraph | Element, string> {
  const anchors = new Map<Paragraph | Element, string>();
  walk(tree, (node, parent) => {
    if (node.type === 'paragraph') anchors.set(node, `p-${anchors.size + 1}`);
    else
      for (const element of flowHtmlElements(node, parent))
        if (!isHeadingElement(element)) anchors.set(element, `p-${anchors.size + 1}`);
  });
  return anchors;
}

// What `flowHtmlElements` gives the nodes that are no block of HTML, nearly all of them: one
// list shared, not a new one for every node of every walk.
const NONE: readonly Element[] = Object.freeze([]);

/** The `anchoredElements` of a node that is a block of raw HTML; none for any other node. */
function flowHtmlElements(node: Nodes, parent: Parent | undefined): readonly Element[] {
  if (node.type !== 'html' || !parent || !FLOW_PARENTS.has(parent.type)) return NONE;
  return MAY_HOLD_ANCHORED.test(node.value) ? anchoredElements(htmlNodeHast(node)) : NONE;
}

/**
 * The next slug of `text`; `section` (then `section-1`...) for a heading whose text slugs to
 * nothing (`## ’`, `## 🚀`), whose anchor would otherwise be empty: a link to `#` is the top.
 */
function nextSlug(slugger: GithubSlugger, text: string): string {
  return slugger.slug(bareSlug(text) === '' ? 'section' : text);
}

/** A heading of a post's body: a Markdown one, or an `<h1>`-`<h6>` of its raw HTML. */
export type BodyHeading = PostHeading & { node: Heading | Element };

/**
 * Headings in document order with GitHub-style slug anchors (`## Day two` -> `day-two`,
 * repeats get `-1`, `-2`), those of raw HTML among them; a heading's own id (`ids`, see
 * `explicitHeadingIds`) is its anchor as written.
 * @example headings(parseArticle('# A b\n', 'posts/a.md').tree!)[0]?.anchor === 'a-b'
 */
export function headings(tree: Root, ids?: ReadonlyMap<Heading, string>): BodyHeading[] {
  const slugger = new GithubSlugger();
  const found: BodyHeading[] = [];
  walk(tree, (node, parent) => {
    // Paragraphs and tables hold only inline content: no heading below them.
    if (node.type === 'paragraph' || node.type === 'table') return false;
    for (const element of flowHtmlElements(node, parent)) {
      if (!isHeadingElement(element)) continue;
      const text = elementText(element);
      const depth = Number(element.tagName[1]) as PostHeading['depth'];
      if (text) found.push({ depth, text, anchor: nextSlug(slugger, text), node: element });
    }
    if (node.type !== 'heading') return;
    const text = plainText(node).trim();
    // An id the heading gives itself (`{#id}`) is its anchor as written: links in the post
    // lead there. It still counts, so that no slug made later is the same.
    const own = ids?.get(node);
    const slug = nextSlug(slugger, own ?? text);
    found.push({ depth: node.depth, text, anchor: own ?? slug, node });
    return false;
  });
  return found;
}
