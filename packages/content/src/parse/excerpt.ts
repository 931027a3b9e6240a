import type { Nodes, Root } from 'mdast';
import { appendAll } from './append-all.ts';
import { htmlNodeTextBlocks, htmlTextBlocks } from './html-text.ts';
import { walk } from './mdast.ts';
import { holdsBlocks, plainText } from './plain-text.ts';

// Teaser markers of Nikola (`<!-- TEASER_END -->`), Jekyll, Hexo, Hugo and WordPress
// (`<!--more-->`, which WordPress lets carry its link's text: `<!--more Read on-->`),
// Docusaurus (`<!-- truncate -->`) and Pelican's summary plugin (`<!-- PELICAN_END_SUMMARY -->`).
const teaser = /<!--(?:\s*(?:TEASER_END|more|truncate|PELICAN_END_SUMMARY)\s*|more\s[^>]*)-->/i;

/**
 * The post's teaser as plain text: the blocks before a teaser marker (or before `separatorAt`,
 * the body offset of the post's own separator, Jekyll's `excerpt_separator`); else the front
 * matter's `excerpt`/`summary`; else the first paragraph.
 * @example excerpt(parseMarkdown('Intro\n\n<!--more-->\n\nRest'), undefined) === 'Intro'
 */
export function excerpt(
  tree: Root,
  fromFrontMatter: string | undefined,
  separatorAt?: number,
): string {
  const marker =
    separatorAt === undefined
      ? tree.children.findIndex((n) => n.type === 'html' && teaser.test(n.value))
      : tree.children.findIndex((n) => (n.position?.end.offset ?? 0) > separatorAt);
  if (marker !== -1) {
    const before = tree.children.slice(0, marker).map(plainText);
    // A marker inside a block of HTML (a WordPress body): the text of the HTML before it.
    const at = tree.children[marker]!;
    if (separatorAt === undefined && at.type === 'html')
      appendAll(before, htmlTextBlocks(at.value.slice(0, at.value.search(teaser))));
    return before
      .filter((t) => t.trim() !== '')
      .join('\n\n')
      .trim();
  }
  if (fromFrontMatter) return fromFrontMatter;
  let first = '';
  walk(tree, (node: Nodes, parent) => {
    if (first) return false;
    if (node.type === 'paragraph') first = plainText(node).trim();
    // A block of HTML, as a WordPress or Ghost body is made of: its first block of text.
    else if (node.type === 'html' && parent && holdsBlocks(parent.type))
      first = htmlNodeTextBlocks(node)[0] ?? '';
  });
  return first;
}
