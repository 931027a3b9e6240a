import type { Nodes, Parent, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export type { Nodes as MdastNode, Root } from 'mdast';

// Front matter is cut off before the body reaches the Markdown engine, so a `---` at the top
// of a body is a thematic break, never a second front matter.
export const markdownFeatures = { frontmatter: false, gfm: true } as const;

/**
 * Parses a Markdown body (CommonMark + GFM) into mdast with body-relative positions.
 * @example parseMarkdown('# Hi\n').children[0]?.type === 'heading'
 */
export function parseMarkdown(body: string): Root {
  return markdownToMdast(body, { features: markdownFeatures, position: true }) as Root;
}

/** Visits every node in document order (pre-order), with its parent. */
export function walk(
  node: Nodes,
  visit: (node: Nodes, parent: Parent | undefined) => unknown,
): void {
  const go = (n: Nodes, parent: Parent | undefined) => {
    if (visit(n, parent) === false) return;
    if ('children' in n) for (const child of n.children) go(child as Nodes, n);
  };
  go(node, undefined);
}
