import type { Html, Nodes, Root } from 'mdast';

/**
 * How deep an article may nest: container markers (`>`, list bullets and numbers) opened on
 * one line, and levels of the Markdown tree (lists count twice: list and item). Real
 * write-ups stay under ten; the limits exist because the Markdown engine takes time that grows
 * with the square of the nesting on one line, and every tree walk recurses.
 */
export const MAX_LINE_NESTING = 100;
export const MAX_TREE_DEPTH = 256;

/** Where an article nests too deeply: 1-based line and column, and the depth found. */
export interface TooDeep {
  /** `line`: too many containers opened on one line; `tree`: too many levels in the tree. */
  readonly kind: 'line' | 'tree';
  readonly line: number;
  readonly column: number;
  readonly depth: number;
}

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Length of the container marker at `i` (`>`, `- `, `12. `...), or 0 when there is none. */
function markerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3e) return 1; // '>'
  if ((c === 0x2d || c === 0x2b || c === 0x2a) && isBlank(text.charCodeAt(i + 1))) return 2;
  let j = i;
  while (j - i < 9 && isDigit(text.charCodeAt(j))) j++;
  const d = text.charCodeAt(j);
  return j > i && (d === 0x2e || d === 0x29) && isBlank(text.charCodeAt(j + 1)) ? j - i + 2 : 0;
}

/**
 * Finds the first line that opens more than `MAX_LINE_NESTING` lists and quotes, in one pass
 * over the text and before the Markdown engine sees it.
 * @example tooDeepLine('- '.repeat(200) + 'x')?.depth === 101
 */
export function tooDeepLine(text: string): TooDeep | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let depth = 0;
    for (let i = start; i < end; ) {
      while (i < end && isBlank(text.charCodeAt(i))) i++;
      const n = i < end ? markerAt(text, i) : 0;
      if (n === 0) break;
      if (++depth > MAX_LINE_NESTING) {
        if (thematicBreak.test(text.slice(start, end))) break;
        return { kind: 'line', line, column: i - start + 1, depth };
      }
      i += n;
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Finds the first node deeper than `MAX_TREE_DEPTH` levels (deep emphasis, links, or lists
 * nested by indentation), without recursing itself. Positions are those of the tree.
 * @example tooDeepTree(parseMarkdown(`${'*a '.repeat(300)}x${' a*'.repeat(300)}`))?.depth === 257
 */
export function tooDeepTree(tree: Root): TooDeep | undefined {
  // Two stacks rather than one of pairs: no allocation per node.
  const nodes: Nodes[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      const at = node.position?.start ?? { line: 1, column: 1 };
      return { kind: 'tree', line: at.line, column: at.column, depth };
    }
    if ('children' in node)
      for (const child of node.children) {
        nodes.push(child);
        depths.push(depth + 1);
      }
  }
  return undefined;
}

// Elements that never nest on their own: void ones, and those the HTML parser closes when a
// sibling opens (`<li><li>` are two items, not one inside the other).
const flatElements = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup caption html head body'.split(
    ' ',
  ),
);

/**
 * Finds raw HTML that opens more than `MAX_TREE_DEPTH` elements without closing them: the
 * HTML parser's work grows with the square of that depth, and rendering recurses through it.
 * Counts start and end tags of the tree's `html` nodes in document order, an upper bound.
 * @example tooDeepHtml(parseMarkdown('<b>'.repeat(300)))?.kind === 'tree'
 */
export function tooDeepHtml(tree: Root): TooDeep | undefined {
  return tooDeepRawHtml(htmlNodes(tree));
}

/** The `html` nodes of a tree in document order, without recursing. */
function htmlNodes(tree: Root): Html[] {
  const stack: Nodes[] = [tree];
  const nodes: Html[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') nodes.push(node);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return nodes;
}

/**
 * `tooDeepTree(tree) ?? tooDeepHtml(tree)` in one walk: the depth and the `html` nodes are
 * gathered together, and the first walk runs again only for a tree that is too deep, to report
 * the node it reports.
 * @example tooDeepNode(parseMarkdown('<b>'.repeat(300)))?.kind === 'tree'
 */
export function tooDeepNode(tree: Root): TooDeep | undefined {
  const stack: Nodes[] = [tree];
  const depths: number[] = [0];
  const html: Html[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_TREE_DEPTH) return tooDeepTree(tree);
    if (node.type === 'html') html.push(node);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i]!);
        depths.push(depth + 1);
      }
  }
  return tooDeepRawHtml(html);
}

function tooDeepRawHtml(nodes: readonly Html[]): TooDeep | undefined {
  let depth = 0;
  for (const node of nodes) {
    for (const m of node.value.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^<>]*>/g)) {
      const name = m[2]!.toLowerCase();
      if (m[1]) depth = Math.max(0, depth - 1);
      else if (!flatElements.has(name) && !m[0].endsWith('/>') && ++depth > MAX_TREE_DEPTH) {
        const at = node.position?.start ?? { line: 1, column: 1 };
        return { kind: 'tree', line: at.line, column: at.column, depth };
      }
    }
  }
  return undefined;
}
