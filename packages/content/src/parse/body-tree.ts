import { parseMarkdown, type Root } from './mdast.ts';
import { writeTemplateTags } from './template-markdown.ts';
import { findTemplateTags } from './template-tags.ts';

/**
 * A post's `body` parsed as the catalog reads it: other engines' template tags that stand for
 * a picture or an embed are read as that Markdown, and the others are left out, with every
 * position where the body has it. For code that lays a body out itself (a terminal reader).
 * @example bodyTree('{% img /a.png %}').children[0] // a paragraph holding the image
 */
export function bodyTree(body: string): Root {
  const tree = parseMarkdown(body);
  const tags = findTemplateTags(body, tree);
  return tags.length === 0 ? tree : writeTemplateTags(body, tags, parseMarkdown).tree;
}
