import type { Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph } from 'mdast';
import { defineMdastPlugin, htmlToHast, markdownToHtml } from 'satteri';
import { markdownFeatures } from './mdast.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

const features = { ...markdownFeatures, rawHtml: true } as const;

// Gives each paragraph the id `p-N` in the order `paragraphAnchors` counts them, and each
// heading its anchor. In a tight list the engine renders no `<p>`, so the paragraph's content
// is wrapped in a `<span>` that carries the id.
function anchorPlugin(headingAnchors: readonly string[]) {
  let paragraphs = 0;
  let headingIndex = 0;
  return defineMdastPlugin({
    name: 'confnotes-anchors',
    paragraph(node, ctx) {
      const id = `p-${++paragraphs}`;
      const item = ctx.parent(node);
      const tight =
        item?.type === 'listItem' &&
        !item.spread &&
        !(ctx.parent(item) as { spread?: boolean })?.spread;
      if (tight) {
        const span = {
          type: 'emphasis',
          data: { hName: 'span', hProperties: { id } },
          children: node.children,
        };
        ctx.setProperty(node as Paragraph, 'children', [span as never]);
      } else ctx.setProperty(node, 'data', { hProperties: { id } });
    },
    heading(node, ctx) {
      const id = headingAnchors[headingIndex++];
      if (id) ctx.setProperty(node, 'data', { hProperties: { id } });
    },
  });
}

/**
 * Renders a Markdown body to sanitized HTML: raw HTML is parsed into elements and then
 * filtered (no scripts, no event handlers, no `javascript:` URLs); paragraphs and headings
 * carry the anchors the post's tree gives them.
 * @example renderHtml('# Hi\n\nThere', ['hi']) === '<h1 id="hi">Hi</h1>\n<p id="p-1">There</p>\n'
 */
export function renderHtml(body: string, headingAnchors: readonly string[]): string {
  const { html } = markdownToHtml(body, { features, mdastPlugins: [anchorPlugin(headingAnchors)] });
  const tree = htmlToHast(html, { fragment: true }) as HastRoot;
  return toHtml(sanitize(tree, sanitizeSchema) as HastRoot);
}
