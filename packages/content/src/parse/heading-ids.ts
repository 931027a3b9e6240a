import type { Heading, Root } from 'mdast';
import { walk } from './mdast.ts';

// `## Reading list {#reading-list}`, as kramdown (Jekyll), Pandoc, Hugo and Docusaurus let a
// heading name its own id; also kramdown's `{: #id}` and Pandoc's `{#id .class key=value}`.
const EXPLICIT_ID =
  /[ \t]*\{:?[ \t]*#([\p{L}\p{N}_][\p{L}\p{N}_:.-]*)(?:[ \t]+[^{}\n]*)?\}[ \t]*$/u;

/**
 * The ids headings give themselves with a trailing `{#id}`, by heading. The `{#id}` is taken out
 * of the heading's text in the tree, and blanked in `markdown` (spaces, so positions hold), so
 * that neither the text, the HTML nor the contents show it.
 * @example explicitHeadingIds(tree, '## Reading list {#list}\n').ids.get(heading) // 'list'
 */
export function explicitHeadingIds(
  tree: Root,
  markdown: string,
): { ids: Map<Heading, string>; markdown: string } {
  const ids = new Map<Heading, string>();
  let out = markdown;
  walk(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'table') return false;
    if (node.type !== 'heading') return;
    const last = node.children.at(-1);
    const m = last?.type === 'text' ? EXPLICIT_ID.exec(last.value) : null;
    if (!m || !last || last.type !== 'text') return false;
    ids.set(node, m[1]!);
    last.value = last.value.slice(0, m.index);
    if (last.value === '') node.children.pop();
    // The same characters at the end of the heading's own source, blanked there too.
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const token = m[0].trim();
    if (start !== undefined && end !== undefined) {
      const at = out.lastIndexOf(token, end - token.length);
      if (at >= start)
        out = out.slice(0, at) + ' '.repeat(token.length) + out.slice(at + token.length);
    }
    return false;
  });
  return { ids, markdown: out };
}
