import { bodySpans } from './body-spans.ts';
import { explicitHeadingIds } from './heading-ids.ts';
import { parseMarkdown, type Root } from './mdast.ts';
import { writeTemplateTags } from './template-markdown.ts';
import { unwrapWikiLinks } from './wiki-links.ts';

/**
 * A post's `body` parsed as the catalog reads it, with every position where the body has it:
 * other engines' template tags that stand for a picture, an embed or a code block are read as
 * that Markdown and the others left out, and a heading's own `{#id}` is out of its text, kept
 * as `data.hProperties.id` (its anchor in `post.headings`). For code that lays a body out itself (a terminal reader).
 * @example bodyTree('{% img /a.png %}').children[0] // a paragraph holding the image
 */
export function bodyTree(body: string): Root {
  let tree = parseMarkdown(body);
  let markdown = body;
  const tags = bodySpans(body, tree);
  if (tags.length > 0) ({ tree, markdown } = writeTemplateTags(body, tags, parseMarkdown));
  unwrapWikiLinks(tree, markdown);
  // The id stays on the heading, where hast puts an element's properties: links within the
  // article (`#reading-list`) lead to it.
  for (const [heading, id] of explicitHeadingIds(tree, markdown).ids) {
    const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
    heading.data = { ...data, hProperties: { ...data.hProperties, id } } as typeof heading.data;
  }
  return tree;
}
