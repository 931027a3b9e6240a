import type { Nodes, Root } from 'mdast';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { diagnostic } from './diagnostic-codes.ts';
import { walk } from './mdast.ts';
import type { LineIndex } from './source-text.ts';

// Inline nodes whose source is not loose text: a `]` or `[` inside them is not a broken link.
const opaque = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'html']);
const urlStart = /^\s*(?:https?:\/\/|www\.|mailto:|\/|#|\.\.?\/)/;
// Blocks whose text is read for broken links.
const prose = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The first index of `needle` in `body` at or after `from`. Answers are remembered, as the
 * searches mostly move forward: a text of ten thousand blocks is searched once, not per block.
 */
function finder(body: string, needle: string): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found !== -1 && found < from)) {
      found = body.indexOf(needle, from);
      searchedFrom = from;
    }
    return found;
  };
}

function maskedSource(body: string, node: Nodes & { children: Nodes[] }): string {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  // Built from parts: re-slicing the whole text for each opaque child is quadratic in a
  // paragraph of ten thousand code spans.
  const parts: string[] = [];
  let from = start;
  for (const child of node.children) {
    if (!opaque.has(child.type) || !child.position) continue;
    const s = Math.max(child.position.start.offset!, from);
    const e = Math.min(child.position.end.offset!, end);
    if (e <= s) continue;
    parts.push(body.slice(from, s), ' '.repeat(e - s));
    from = e;
  }
  parts.push(body.slice(from, end));
  return parts.join('');
}

/**
 * Finds what a writer meant as a link but Markdown reads as text: `[text] (url)` with a space,
 * and stray brackets such as `[]"title"] (url)`. Positions are file positions.
 * @example malformedLinks('[a] (http://x)', tree, index, 1, 'posts/a.md')[0]?.code === 'malformed-link'
 */
export function malformedLinks(
  body: string,
  tree: Root,
  index: Pick<LineIndex, 'position'>,
  bodyLine: number,
  file: string,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const closeAfter = finder(body, ')');
  const openAfter = finder(body, '(');
  const emptyAfter = finder(body, '[]');
  // What a match below needs in the source of a block: a `(` after a space or tab, or right
  // after code, a link or HTML (masked as spaces), or `[]`. Most blocks have none of them.
  const mayMatch = (node: Nodes & { children: Nodes[] }, start: number, end: number) => {
    for (let q = openAfter(start + 1); q !== -1 && q < end; q = openAfter(q + 1)) {
      const before = body.charCodeAt(q - 1);
      if (before === 0x20 || before === 0x09) return true;
    }
    for (const child of node.children)
      if (opaque.has(child.type) && body.charCodeAt(child.position?.end.offset ?? -1) === 0x28)
        return true;
    const empty = emptyAfter(start);
    return empty !== -1 && empty + 1 < end;
  };
  walk(tree, (node) => {
    if (!('children' in node) || !node.position) return;
    if (!prose.has(node.type)) return;
    const start = node.position.start.offset!;
    // Prose holds no prose: nothing below this node is read.
    if (!mayMatch(node as Nodes & { children: Nodes[] }, start, node.position.end.offset!))
      return false;
    const text = maskedSource(body, node as Nodes & { children: Nodes[] });
    const covered: [number, number][] = [];
    // The last `[` and line start before each match, tracked forward in one pass.
    let scanned = 0;
    let lastOpen = -1;
    let lineStart = 0;
    for (const m of text.matchAll(/\]\s*[ \t]\(/g)) {
      for (; scanned < m.index; scanned++) {
        const c = text.charCodeAt(scanned);
        if (c === 0x5b) lastOpen = scanned;
        else if (c === 0x0a) lineStart = scanned + 1;
      }
      const after = start + m.index + m[0].length;
      if (!urlStart.test(body.slice(after, after + 12))) continue;
      const from = lastOpen >= lineStart ? lastOpen : m.index;
      const close = closeAfter(after);
      const end = close === -1 || close - after > 300 ? after : close + 1;
      found.push(report(body.slice(start + from, end), start + from, end));
      covered.push([start + from, end]);
    }
    let k = 0;
    for (const m of text.matchAll(/\[\](?!\()/g)) {
      const at = start + m.index;
      while (k < covered.length && covered[k]![1] <= at) k++;
      if (k < covered.length && at >= covered[k]![0]) continue;
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
