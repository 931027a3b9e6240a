import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { htmlToHast } from 'satteri';
import { BLOCK_TAGS, elementText, HEADING_TAGS, UNREAD_TAGS } from './html-anchors.ts';

type Content = ElementContent | HastRoot['children'][number];

// The block elements with a Markdown block of their own; the others hold blocks, and are read
// for the blocks inside them.
const OWN_BLOCKS = new Set([
  ...HEADING_TAGS,
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
]);
const CONTAINERS = new Set([...BLOCK_TAGS].filter((tag) => !OWN_BLOCKS.has(tag)));
const BLOCKS = BLOCK_TAGS;
// Deeper than this, an element's blocks are read as one paragraph of its text: the HTML may
// nest as deep as its writer made it, and a reader needs no such structure.
const MAX_DEPTH = 64;

/** Finds where each block element starts in the source, in document order. */
class Lines {
  readonly #raw: string;
  #cursor = 0;
  // The line at the cursor, counted on as the cursor moves forward.
  #line: number;
  #counted = 0;

  constructor(raw: string, line: number) {
    this.#raw = raw;
    this.#line = line;
  }

  /** The body line of the next `<tag` at or after the cursor, which moves there. */
  of(tag: string): number {
    const open = new RegExp(`<${tag}\\b`, 'gi');
    open.lastIndex = this.#cursor;
    const m = open.exec(this.#raw);
    // An element the parser implied (a `<p>` or `<tbody>` nobody wrote) is where the cursor is.
    // Past the `<`, so that the next element is looked for after this one.
    if (m) this.#cursor = m.index + 1;
    return this.here();
  }

  /** The body line of the cursor. */
  here(): number {
    for (
      let i = this.#raw.indexOf('\n', this.#counted);
      i !== -1 && i < this.#cursor;
      i = this.#raw.indexOf('\n', i + 1)
    ) {
      this.#line++;
      this.#counted = i + 1;
    }
    return this.#line;
  }
}

const at = (line: number) => ({
  position: { start: { line, column: 1 }, end: { line, column: 1 } },
});

/**
 * A block of raw HTML (a WordPress or Ghost body) as Markdown blocks, for code that lays
 * Markdown out itself, as a terminal reader does: paragraphs, headings, lists, quotes, code and
 * rules, with bold, italic, code, links, images and line breaks inside them. Each block has the
 * line of the body its element starts on; what no reader sees (scripts, styles) is left out.
 * @example htmlToMdast('<h2>Day one</h2><p>A <b>talk</b></p>', 5).map((n) => n.type) // ['heading', 'paragraph']
 */
export function htmlToMdast(html: string, line = 1): RootContent[] {
  const root = htmlToHast(html, { fragment: true }) as HastRoot;
  return blocks(root.children, new Lines(html, line), 0);
}

function blocks(nodes: readonly Content[], lines: Lines, depth: number): RootContent[] {
  const out: RootContent[] = [];
  let inline: Content[] = [];
  const flush = () => {
    const children = phrasing(inline, depth);
    inline = [];
    if (children.some((c) => c.type !== 'text' || c.value.trim() !== '')) {
      const line = lines.here();
      out.push({ type: 'paragraph', children: placed(trimmed(children), line), ...at(line) });
    }
  };
  for (const node of nodes) {
    if (node.type !== 'element' || !BLOCKS.has(node.tagName)) {
      if (node.type === 'element' || node.type === 'text') inline.push(node);
      continue;
    }
    flush();
    out.push(...block(node, lines, depth + 1));
  }
  flush();
  return out;
}

function block(element: Element, lines: Lines, depth: number): RootContent[] {
  const tag = element.tagName;
  const line = lines.of(tag);
  if (depth > MAX_DEPTH) {
    const text = elementText(element);
    return text
      ? [{ type: 'paragraph', children: [{ type: 'text', value: text }], ...at(line) }]
      : [];
  }
  if (CONTAINERS.has(tag)) return blocks(element.children, lines, depth);
  switch (tag) {
    case 'p': {
      const children = placed(trimmed(phrasing(element.children, depth)), line);
      return children.length ? [{ type: 'paragraph', children, ...at(line) }] : [];
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return [
        {
          type: 'heading',
          depth: Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6,
          children: placed(trimmed(phrasing(element.children, depth)), line),
          ...at(line),
        },
      ];
    case 'ul':
    case 'ol': {
      const items: ListItem[] = element.children
        .filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
        .map((li) => {
          const start = lines.of('li');
          const children = blocks(li.children, lines, depth + 1) as ListItem['children'];
          return { type: 'listItem', spread: false, children, ...at(start) };
        });
      return [{ type: 'list', ordered: tag === 'ol', spread: false, children: items, ...at(line) }];
    }
    case 'li':
      return blocks(element.children, lines, depth);
    case 'blockquote':
      return [
        {
          type: 'blockquote',
          children: blocks(element.children, lines, depth) as never,
          ...at(line),
        },
      ];
    case 'pre': {
      const code = element.children.find(
        (c): c is Element => c.type === 'element' && c.tagName === 'code',
      );
      const lang = /(?:^|\s)language-(\S+)/.exec(
        String((code?.properties.className as string[] | undefined)?.join(' ') ?? ''),
      )?.[1];
      return [
        {
          type: 'code',
          lang: lang ?? null,
          value: rawText(code ?? element).replace(/\n$/, ''),
          ...at(line),
        },
      ];
    }
    case 'hr':
      return [{ type: 'thematicBreak', ...at(line) }];
    case 'table': {
      // A table of its rows, each as wide as the widest: a row with fewer cells (a colspan)
      // is filled with empty ones, as GFM's tables are.
      const found = rows(element, depth);
      if (found.length === 0) return [];
      const width = Math.max(...found.map((cells) => cells.length));
      return [
        {
          type: 'table',
          align: Array(width).fill(null),
          children: found.map((cells) => ({
            type: 'tableRow',
            children: Array.from({ length: width }, (_, k) => ({
              type: 'tableCell',
              children: placed(cells[k] ?? [], line),
              ...at(line),
            })),
            ...at(line),
          })),
          ...at(line),
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * The cells of each row of a table, as phrasing (links and emphasis kept), each in the column
 * HTML puts it in: a cell spanning columns fills them, its content in the first, and one
 * spanning rows keeps its column in the rows below, which are left empty there, so that every
 * other cell stays under its own header.
 */
function rows(table: Element, depth: number): PhrasingContent[][][] {
  const found: PhrasingContent[][][] = [];
  // For each column, how many more rows a cell above still spans.
  let spanning: number[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const row: PhrasingContent[][] = [];
        const taken = (column: number) => (spanning[column] ?? 0) > 0;
        for (const cell of child.children) {
          if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
          while (taken(row.length)) row.push([]);
          const down = spanOf(cell, 'rowSpan', 'rowspan');
          for (let k = 0; k < spanOf(cell, 'colSpan', 'colspan'); k++) {
            if (down > 1) spanning[row.length] = down;
            row.push(k === 0 ? trimmed(phrasing(cell.children, depth + 1)) : []);
          }
        }
        while (row.length < spanning.length && taken(row.length)) row.push([]);
        spanning = spanning.map((n) => Math.max(0, n - 1));
        found.push(row);
      } else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return found.filter((cells) => cells.some((c) => c.length > 0));
}

/** How many columns (or rows) a table cell spans: its `colspan` (`rowspan`), 1 to 100. */
function spanOf(cell: Element, property: string, attribute: string): number {
  const span = Number(cell.properties[property] ?? cell.properties[attribute] ?? 1);
  return Number.isInteger(span) && span >= 1 ? Math.min(span, 100) : 1;
}

/** The text of an element as written, white space kept (for code). */
function rawText(element: Element): string {
  let text = '';
  const stack: ElementContent[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
}

function phrasing(nodes: readonly Content[], depth: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push({ type: 'text', value: node.value.replace(/\s+/g, ' ') });
      continue;
    }
    if (node.type !== 'element' || UNREAD_TAGS.has(node.tagName)) continue;
    if (depth > MAX_DEPTH) {
      out.push({ type: 'text', value: elementText(node) });
      continue;
    }
    const children = () => phrasing(node.children, depth + 1);
    switch (node.tagName) {
      case 'strong':
      case 'b':
        out.push({ type: 'strong', children: children() });
        break;
      case 'em':
      case 'i':
      case 'cite':
        out.push({ type: 'emphasis', children: children() });
        break;
      case 'del':
      case 's':
        out.push({ type: 'delete', children: children() });
        break;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        out.push({ type: 'inlineCode', value: elementText(node) });
        break;
      case 'a': {
        const href = node.properties.href;
        if (typeof href === 'string') out.push({ type: 'link', url: href, children: children() });
        else out.push(...children());
        break;
      }
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'img': {
        const src = node.properties.src;
        if (typeof src === 'string')
          out.push({ type: 'image', url: src, alt: String(node.properties.alt ?? '') });
        break;
      }
      default:
        out.push(...children());
    }
  }
  return out;
}

/** Phrasing without the white space HTML lays out around it. */
function trimmed(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') nodes[0] = { ...first, value: first.value.trimStart() };
  const last = nodes.at(-1);
  if (last?.type === 'text') nodes[nodes.length - 1] = { ...last, value: last.value.trimEnd() };
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Phrasing whose every node is on `line`: a reader finds a mention by the line it is on. */
function placed(nodes: PhrasingContent[], line: number): PhrasingContent[] {
  const stack: PhrasingContent[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    Object.assign(node, at(line));
    if ('children' in node)
      for (const child of node.children as PhrasingContent[]) stack.push(child);
  }
  return nodes;
}
