import type { Nodes, Root } from 'mdast';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { diagnostic } from './diagnostic-codes.ts';
import { walk } from './mdast.ts';
import type { LineIndex } from './source-text.ts';

// Inline nodes whose source is not loose text: a `]` or `[` inside them is not a broken link.
const opaque = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'html']);
const urlStart = /^\s*(?:https?:\/\/|www\.|mailto:|\/|#|\.\.?\/)/;

function maskedSource(body: string, node: Nodes & { children: Nodes[] }): string {
  const start = node.position!.start.offset!;
  let text = body.slice(start, node.position!.end.offset!);
  for (const child of node.children) {
    if (!opaque.has(child.type) || !child.position) continue;
    const s = child.position.start.offset! - start;
    const e = child.position.end.offset! - start;
    text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  }
  return text;
}

/**
 * Finds what a writer meant as a link but Markdown reads as text: `[text] (url)` with a space,
 * and stray brackets such as `[]"title"] (url)`. Positions are file positions.
 * @example malformedLinks('[a] (http://x)', tree, index, 1, 'posts/a.md')[0]?.code === 'malformed-link'
 */
export function malformedLinks(
  body: string,
  tree: Root,
  index: LineIndex,
  bodyLine: number,
  file: string,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  walk(tree, (node) => {
    if (!('children' in node) || !node.position) return;
    if (!['paragraph', 'heading', 'tableCell'].includes(node.type)) return;
    const start = node.position.start.offset!;
    const text = maskedSource(body, node as Nodes & { children: Nodes[] });
    const covered: [number, number][] = [];
    for (const m of text.matchAll(/\]\s*[ \t]\(/g)) {
      const after = start + m.index + m[0].length;
      if (!urlStart.test(body.slice(after, after + 12))) continue;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const open = text.lastIndexOf('[', m.index);
      const from = open >= lineStart ? open : m.index;
      const close = body.indexOf(')', after);
      const end = close === -1 || close - after > 300 ? after : close + 1;
      found.push(report(body.slice(start + from, end), start + from, end));
      covered.push([start + from, end]);
    }
    for (const m of text.matchAll(/\[\](?!\()/g)) {
      const at = start + m.index;
      if (covered.some(([s, e]) => at >= s && at < e)) continue;
      found.push(report(body.slice(at, at + 40).split('\n')[0]!, at, at + 2));
    }
  });
  return found;

  function report(snippet: string, from: number, to: number): Diagnostic {
    const a = index.position(from);
    const b = index.position(to);
    const shown = snippet.length > 90 ? `${snippet.slice(0, 87)}...` : snippet;
    return diagnostic('malformed-link', `\`${shown}\``, file, {
      line: a.line + bodyLine - 1,
      column: a.column,
      endLine: b.line + bodyLine - 1,
      endColumn: b.column,
    });
  }
}
