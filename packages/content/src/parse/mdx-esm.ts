import type { Root } from 'mdast';
import { walk } from './mdast.ts';
import type { TemplateTag } from './template-tags.ts';

// MDX reads a top-level block that starts with `import` or `export` as JavaScript (the
// components a post uses), which no page shows; Markdown reads it as a paragraph.
const esmStart = /^(?:import|export)[\s{*]/;

/** Whether a file of this path is MDX, whose import and export blocks are code. */
export const isMdx = (path: string): boolean => /\.mdx$/i.test(path);

/**
 * The top-level paragraphs of a body whose source passes `test`, with their offsets.
 * @example paragraphsWhere('a\n\nb\n', parseMarkdown('a\n\nb\n'), (s) => s === 'b')[0]?.start === 3
 */
export function paragraphsWhere(
  body: string,
  tree: Root,
  test: (source: string) => boolean,
): TemplateTag[] {
  const blocks: TemplateTag[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'paragraph' || start === undefined || end === undefined) continue;
    const value = body.slice(start, end);
    if (test(value)) blocks.push({ value, start, end });
  }
  return blocks;
}

/**
 * The import and export blocks of an MDX body: top-level paragraphs starting with `import` or
 * `export`, with their offsets, to be blanked out as template tags are.
 * @example mdxEsmBlocks("import X from 'x';\n\nText", parseMarkdown(...)).length === 1
 */
export function mdxEsmBlocks(body: string, tree: Root): TemplateTag[] {
  return paragraphsWhere(body, tree, (value) => esmStart.test(value));
}

/**
 * The comments of an MDX body, `{/* ... *\/}`, outside code (which shows them on purpose), with
 * their offsets: MDX reads them as JavaScript comments, which no page shows.
 * @example mdxComments('a {/* b *\/} c', parseMarkdown('a {/* b *\/} c'))[0]?.start === 2
 */
export function mdxComments(body: string, tree: Root): TemplateTag[] {
  if (!body.includes('{/*')) return [];
  const code: [number, number][] = [];
  walk(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position)
      code.push([node.position.start.offset!, node.position.end.offset!]);
  });
  const found: TemplateTag[] = [];
  // Each comment ends at the first `*/}` after it; once none is left, none can close.
  for (let start = body.indexOf('{/*'); start !== -1; ) {
    const close = body.indexOf('*/}', start + 3);
    if (close === -1) break;
    const end = close + 3;
    if (!code.some(([from, to]) => start < to && end > from))
      found.push({ value: body.slice(start, end), start, end });
    start = body.indexOf('{/*', end);
  }
  return found;
}
