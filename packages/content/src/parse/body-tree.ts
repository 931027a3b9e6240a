import { explicitHeadingIds } from './heading-ids.ts';
import { parseMarkdown, type Root } from './mdast.ts';
import { writeTemplateTags } from './template-markdown.ts';
import { findTemplateTags } from './template-tags.ts';

/**
 * A post's `body` parsed as the catalog reads it, with every position where the body has it:
 * other engines' template tags that stand for a picture, an embed or a code block are read as
 * that Markdown and the others left out, and a heading's own `{#id}` is out of its text (the
 * id is its anchor in `post.headings`). For code that lays a body out itself (a terminal reader).
 * @example bodyTree('{% img /a.png %}').children[0] // a paragraph holding the image
 */
export function bodyTree(body: string): Root {
  let tree = parseMarkdown(body);
  let markdown = body;
  const tags = findTemplateTags(body, tree);
  if (tags.length > 0) ({ tree, markdown } = writeTemplateTags(body, tags, parseMarkdown));
  explicitHeadingIds(tree, markdown);
  return tree;
}
