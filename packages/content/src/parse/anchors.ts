import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root } from 'mdast';
import type { Heading as PostHeading } from '../schema/post.ts';
import { walk } from './mdast.ts';
import { plainText } from './plain-text.ts';

/**
 * The anchor of each paragraph: `p-1`, `p-2`... counting mdast `paragraph` nodes in document
 * order. The HTML gives the element that renders each paragraph the same id (a `<p>`, or a
 * `<span>` inside a tight list item), so a mention found in the tree links into the page.
 * @example paragraphAnchors(parseArticle('a\n\nb', 'posts/a.md').tree!).size === 2
 */
export function paragraphAnchors(tree: Root): Map<Paragraph, string> {
  const anchors = new Map<Paragraph, string>();
  walk(tree, (node) => {
    if (node.type === 'paragraph') anchors.set(node, `p-${anchors.size + 1}`);
  });
  return anchors;
}

/**
 * Headings in document order with GitHub-style slug anchors (`## Day two` -> `day-two`,
 * repeats get `-1`, `-2`).
 * @example headings(parseArticle('# A b\n', 'posts/a.md').tree!)[0]?.anchor === 'a-b'
 */
export function headings(tree: Root): (PostHeading & { node: Heading })[] {
  const slugger = new GithubSlugger();
  const found: (PostHeading & { node: Heading })[] = [];
  walk(tree, (node) => {
    // Paragraphs and tables hold only inline content: no heading below them.
    if (node.type === 'paragraph' || node.type === 'table') return false;
    if (node.type !== 'heading') return;
    const text = plainText(node).trim();
    found.push({ depth: node.depth, text, anchor: slugger.slug(text), node });
    return false;
  });
  return found;
}
