import type { Root } from 'mdast';
import { walk } from './mdast.ts';

// Tags that other site engines expand and Markdown shows verbatim: Liquid/Jinja `{% ... %}`,
// Hugo shortcodes `{{< ... >}}` and `{{% ... %}}`, and expressions `{{ ... }}`.
const tag = /\{%-?[\s\S]*?-?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\}/g;

/** A template tag in a body: its text and its offsets (end exclusive). */
export interface TemplateTag {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Template tags of a body outside code (code blocks and inline code show them on purpose).
 * @example findTemplateTags('a {% img x.png %}', parseMarkdown('a {% img x.png %}')).length === 1
 */
export function findTemplateTags(body: string, tree: Root): TemplateTag[] {
  if (!body.includes('{%') && !body.includes('{{')) return [];
  const code: [number, number][] = [];
  walk(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      code.push([node.position.start.offset!, node.position.end.offset!]);
    }
  });
  const inCode = (i: number) => code.some(([s, e]) => i >= s && i < e);
  return [...body.matchAll(tag)]
    .filter((m) => !inCode(m.index))
    .map((m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * Replaces each tag with spaces (newlines kept), so the body parses as if the tag were not
 * there while every offset, line and column stays where the writer sees it.
 * @example blankTemplateTags('a {{ x }} b', [{ value: '{{ x }}', start: 2, end: 9 }]) === 'a         b'
 */
export function blankTemplateTags(body: string, tags: readonly TemplateTag[]): string {
  let out = '';
  let from = 0;
  for (const t of tags) {
    out += body.slice(from, t.start) + t.value.replace(/[^\n]/g, ' ');
    from = t.end;
  }
  return out + body.slice(from);
}
