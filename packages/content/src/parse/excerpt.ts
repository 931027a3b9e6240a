import type { Nodes, Root } from 'mdast';
import { walk } from './mdast.ts';
import { plainText } from './plain-text.ts';

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
    return tree.children
      .slice(0, marker)
      .map(plainText)
      .filter((t) => t.trim() !== '')
      .join('\n\n')
      .trim();
  }
  if (fromFrontMatter) return fromFrontMatter;
  let first = '';
  walk(tree, (node: Nodes) => {
    if (first) return false;
    if (node.type === 'paragraph') first = plainText(node).trim();
  });
  return first;
}
