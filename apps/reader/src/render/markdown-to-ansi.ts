import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import { markdownToMdast } from 'satteri';
import { type Role, SGR_RESET, sgr, type Theme } from '../theme.ts';
import {
  cells,
  clipPieces,
  type Piece,
  plainText,
  safePieces,
  splitAtWidth,
  wrapPieces,
} from './pieces.ts';

/** One line of a laid-out document. */
export type DocLine = {
  readonly pieces: readonly Piece[];
  /** Plain text of the line, what search inside the document looks at. */
  readonly text: string;
  /** Line of the Markdown body (1-based) the line starts at. */
  readonly source: number;
};

/** A link of the document and the first laid-out line it shows on. */
export type DocLink = { readonly url: string; readonly text: string; readonly line: number };

export type RenderedDoc = {
  readonly lines: readonly DocLine[];
  readonly links: readonly DocLink[];
};

export type LayoutOptions = {
  /** Width in terminal cells; the layout never exceeds it. */
  readonly width: number;
  /** Show link targets after their text (for terminals without OSC 8 hyperlinks). */
  readonly showUrls?: boolean;
};

type Line = { pieces: Piece[]; source: number };
type Ctx = {
  readonly showUrls: boolean;
  readonly definitions: ReadonlyMap<string, string>;
};

const lineOf = (node: Nodes, fallback: number) => node.position?.start.line ?? fallback;

/** Inline content of a node, flattened into styled pieces. */
function inline(node: Nodes, roles: readonly Role[], ctx: Ctx, url?: string): Piece[] {
  const source = lineOf(node, 1);
  switch (node.type) {
    case 'text': {
      // A soft line break inside a paragraph is a space; keep track of which body line each
      // part came from so that mentions can be found by line.
      return node.value
        .split('\n')
        .flatMap((part, i) => safePieces(i ? ` ${part}` : part, roles, source + i, url));
    }
    case 'inlineCode':
      return safePieces(node.value, [...roles, 'code'], source, url);
    case 'emphasis':
      return children(node, [...roles, 'emphasis'], ctx, url);
    case 'strong':
      return children(node, [...roles, 'strong'], ctx, url);
    case 'delete':
      return children(node, [...roles, 'muted', 'deleted'], ctx, url);
    case 'break':
      return [{ text: '\n', roles, source }];
    case 'link':
    case 'linkReference': {
      const target =
        node.type === 'link' ? node.url : ctx.definitions.get(node.identifier.toLowerCase());
      const text = children(node, [...roles, 'link'], ctx, target);
      if (!target || !ctx.showUrls || plainText(text) === target) return text;
      return [...text, ...safePieces(` (${target})`, [...roles, 'url'], source)];
    }
    case 'image':
    case 'imageReference': {
      const target =
        node.type === 'image' ? node.url : ctx.definitions.get(node.identifier.toLowerCase());
      return safePieces(`[image: ${node.alt || 'untitled'}]`, [...roles, 'muted'], source, target);
    }
    case 'footnoteReference':
      return safePieces(`[^${node.label ?? node.identifier}]`, [...roles, 'muted'], source);
    case 'html':
      return node.value.startsWith('<!--')
        ? []
        : safePieces(node.value, [...roles, 'muted'], source, url);
    default:
      return 'children' in node ? children(node as Parents, roles, ctx, url) : [];
  }
}

function children(node: Parents, roles: readonly Role[], ctx: Ctx, url?: string): Piece[] {
  return (node.children as Nodes[]).flatMap((child) => inline(child, roles, ctx, url));
}

function paragraph(pieces: Piece[], width: number, source: number): Line[] {
  return wrapPieces(pieces, Math.max(1, width)).map((p) => ({
    pieces: p,
    source: p[0]?.source ?? source,
  }));
}

/** Prefixes the first line with `first` and the others with `rest` (same width). */
function indent(lines: Line[], first: Piece[], rest: Piece[]): Line[] {
  return lines.map((line, i) => ({ ...line, pieces: [...(i ? rest : first), ...line.pieces] }));
}

/** Text narrower than this inside a quote is not worth another level of quote bar. */
const MIN_NESTED = 16;

const blank = (source: number): Line => ({ pieces: [], source });
const mark = (text: string, role: Role, source: number): Piece[] => [
  { text, roles: [role], source },
];

function blocks(nodes: readonly RootContent[], width: number, ctx: Ctx, tight = false): Line[] {
  const out: Line[] = [];
  for (const node of nodes) {
    const lines = block(node, width, ctx);
    if (!lines.length) continue;
    if (out.length && !tight) out.push(blank(lineOf(node, 1)));
    out.push(...lines);
  }
  return out;
}

function block(node: RootContent, width: number, ctx: Ctx): Line[] {
  const source = lineOf(node, 1);
  switch (node.type) {
    case 'paragraph':
      return paragraph(inline(node, ['text'], ctx), width, source);
    case 'heading': {
      const hashes = `${'#'.repeat(node.depth)} `;
      const lines = paragraph(inline(node, ['heading'], ctx), width - hashes.length, source);
      return indent(
        lines,
        mark(hashes, 'heading', source),
        mark(' '.repeat(hashes.length), 'heading', source),
      );
    }
    case 'thematicBreak':
      return [{ pieces: mark('─'.repeat(Math.max(1, width)), 'muted', source), source }];
    case 'blockquote': {
      // Quotes nested deeper than the window has room for add no more bars.
      const nested = width - 2 >= MIN_NESTED;
      const inner = blocks(node.children, nested ? width - 2 : width, ctx);
      const bar = nested ? mark('│ ', 'quote', source) : [];
      return inner.map((line) => ({
        ...line,
        pieces: [
          ...bar,
          ...line.pieces.map((p) => ({ ...p, roles: ['quote' as Role, ...p.roles] })),
        ],
      }));
    }
    case 'list': {
      const start = node.start ?? 1;
      const last = start + node.children.length - 1;
      const numberWidth = String(last).length;
      const out: Line[] = [];
      node.children.forEach((item, i) => {
        const itemSource = lineOf(item, source);
        let bullet = node.ordered ? `${String(start + i).padStart(numberWidth)}. ` : '• ';
        if (item.checked === true) bullet += '[x] ';
        if (item.checked === false) bullet += '[ ] ';
        const inner = blocks(item.children, width - bullet.length, ctx, !node.spread);
        if (!inner.length) inner.push(blank(itemSource));
        if (i > 0 && node.spread) out.push(blank(itemSource));
        out.push(
          ...indent(
            inner,
            mark(bullet, 'accent', itemSource),
            mark(' '.repeat(bullet.length), 'text', itemSource),
          ),
        );
      });
      return out;
    }
    case 'code': {
      const lines: Line[] = [];
      const codeWidth = Math.max(1, width - 2);
      const label = node.lang ? [{ pieces: mark(`  ${node.lang}`, 'muted', source), source }] : [];
      node.value.split('\n').forEach((raw, i) => {
        // Code keeps its line breaks; a line too long for the window is cut and continued.
        let rest = safePieces(raw, ['code'], source + i + 1);
        do {
          const line: Piece[] = [];
          let used = 0;
          while (rest.length && used < codeWidth) {
            const piece = rest[0]!;
            const [head, tail] = splitAtWidth(piece.text, codeWidth - used);
            if (cells(head) > codeWidth - used && used > 0) break;
            line.push({ ...piece, text: head });
            used += cells(head);
            rest = tail ? [{ ...piece, text: tail }, ...rest.slice(1)] : rest.slice(1);
          }
          lines.push({
            pieces: [...mark('  ', 'code', source + i + 1), ...line],
            source: source + i + 1,
          });
        } while (rest.length);
      });
      return [...label, ...lines];
    }
    case 'html':
      // Comments such as `<!-- more -->` are for blog engines, not readers.
      if (node.value.trimStart().startsWith('<!--')) return [];
      return paragraph(safePieces(node.value, ['muted'], source), width, source);
    case 'table':
      return table(node, width, ctx);
    case 'footnoteDefinition': {
      const label = `[^${node.label ?? node.identifier}]: `;
      const inner = blocks(node.children, width - label.length, ctx, true);
      return indent(
        inner,
        mark(label, 'muted', source),
        mark(' '.repeat(label.length), 'muted', source),
      );
    }
    case 'definition':
    case 'yaml':
      return [];
    default:
      return 'children' in node
        ? paragraph(inline(node as Nodes, ['text'], ctx), width, source)
        : [];
  }
}

/** Narrower than this, a column's words are cut into letters stacked down the column. */
const MIN_COLUMN = 6;

/** A table as one block per row, each cell after its header: for tables too wide for columns. */
function tableByRow(node: Table, rows: readonly Piece[][][], width: number): Line[] {
  const header = rows[0] ?? [];
  const out: Line[] = [];
  rows.slice(1).forEach((row, i) => {
    const rowSource = lineOf(node.children[i + 1]!, lineOf(node, 1));
    if (i > 0) out.push({ pieces: mark('─'.repeat(width), 'muted', rowSource), source: rowSource });
    header.forEach((name, c) => {
      const label = name.map((p) => ({ ...p, roles: [...p.roles, 'strong' as Role] }));
      const cell = [...label, ...mark(': ', 'strong', rowSource), ...(row[c] ?? [])];
      for (const pieces of wrapPieces(cell, width)) out.push({ pieces, source: rowSource });
    });
  });
  return out;
}

function table(node: Table, width: number, ctx: Ctx): Line[] {
  const source = lineOf(node, 1);
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell, ['text'], ctx)));
  const columns = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...rows.map((r) => cells(plainText(r[c] ?? [])))),
  );
  const least = natural.reduce((sum, n) => sum + Math.min(n, MIN_COLUMN), 3 * (columns - 1));
  if (least > width && rows.length > 1) return tableByRow(node, rows, width);
  // Separators take three cells between columns; shrink wide columns until the table fits.
  const room = Math.max(columns, width - 3 * (columns - 1));
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 1) break;
    widths[widest]! -= 1;
  }
  const out: Line[] = [];
  rows.forEach((row, r) => {
    const rowSource = lineOf(node.children[r]!, source);
    const wrapped = widths.map((w, c) => wrapPieces(row[c] ?? [], w));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) {
      const pieces: Piece[] = [];
      widths.forEach((w, c) => {
        if (c) pieces.push(...mark(' │ ', 'muted', rowSource));
        const cellLine = (wrapped[c]![i] ?? []).map((p) =>
          r === 0 ? { ...p, roles: [...p.roles, 'strong' as Role] } : p,
        );
        const pad = w - cells(plainText(cellLine));
        const align = node.align?.[c];
        const left = align === 'right' ? pad : align === 'center' ? Math.floor(pad / 2) : 0;
        if (left > 0) pieces.push(...mark(' '.repeat(left), 'text', rowSource));
        pieces.push(...cellLine);
        if (pad - left > 0 && c < columns - 1) {
          pieces.push(...mark(' '.repeat(pad - left), 'text', rowSource));
        }
      });
      out.push({ pieces, source: rowSource });
    }
    if (r === 0) {
      const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
      out.push({ pieces: mark(rule, 'muted', rowSource), source: rowSource });
    }
  });
  return out;
}

function collectDefinitions(root: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return definitions;
}

/** Parses Markdown (CommonMark and GFM) into an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, {
    features: { frontmatter: false, gfm: true },
    position: true,
  }) as Root;
}

/**
 * Lays out a Markdown document for a terminal `width` cells wide: headings, emphasis, lists,
 * quotes, code blocks, tables and links, each line knowing the body line it came from.
 * Every text run is made visible (no control character survives) before it is styled.
 */
export function layoutMarkdown(markdown: string, options: LayoutOptions): RenderedDoc {
  return layoutTree(parseMarkdown(markdown), options);
}

/** `layoutMarkdown` for a document already parsed, to lay it out again at another width. */
export function layoutTree(root: Root, options: LayoutOptions): RenderedDoc {
  const width = Math.max(8, options.width);
  const ctx: Ctx = { showUrls: options.showUrls ?? false, definitions: collectDefinitions(root) };
  // Whatever is still too wide (lists nested past the window, a long footnote label) is cut: a
  // line wider than the terminal would wrap on screen and push the window's other lines away.
  const lines: DocLine[] = blocks(root.children, width, ctx).map((line) => {
    const pieces = merge(clipPieces(line.pieces, width));
    return { pieces, text: plainText(pieces), source: line.source };
  });
  const links: DocLink[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    for (const piece of line.pieces) {
      if (!piece.url || seen.has(`${piece.url}\u0000${index}`)) continue;
      const previous = links.at(-1);
      // A link wrapped over two lines is one link.
      if (previous?.url === piece.url && previous.line === index - 1 && piece === line.pieces[0]) {
        continue;
      }
      seen.add(`${piece.url}\u0000${index}`);
      links.push({ url: piece.url, text: linkText(line.pieces, piece.url), line: index });
    }
  });
  return { lines, links };
}

/** Joins neighbouring pieces of one style, so a line paints with few escape sequences. */
function merge(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (
      last &&
      last.url === piece.url &&
      last.roles.length === piece.roles.length &&
      last.roles.every((r, i) => r === piece.roles[i])
    ) {
      out[out.length - 1] = { ...last, text: last.text + piece.text };
    } else out.push(piece);
  }
  return out;
}

function linkText(pieces: readonly Piece[], url: string): string {
  return plainText(pieces.filter((p) => p.url === url && !p.roles.includes('url'))).trim();
}

/** A span of a line to paint with a role, in UTF-16 offsets of the line's text. */
export type Highlight = { readonly start: number; readonly end: number; readonly role: Role };

export type PaintOptions = {
  readonly theme: Theme;
  /** Wrap link text in OSC 8 hyperlinks. */
  readonly hyperlinks?: boolean;
  readonly highlights?: readonly Highlight[];
};

/**
 * Makes a link target safe inside an OSC 8 sequence: only web and mail schemes, and every byte
 * outside printable ASCII percent-encoded, so the target can never end the sequence early.
 */
export function safeUrl(url: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(url)) return undefined;
  return url.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)).replace(/[\\]/g, '%5C');
}

const osc8 = (url: string) => `\u001b]8;;${url}\u001b\\`;

/** Paints one laid-out line as ANSI: SGR styles, OSC 8 links, highlights on top. */
export function lineToAnsi(line: DocLine, options: PaintOptions): string {
  const { theme } = options;
  const highlights = options.highlights ?? [];
  let out = '';
  let offset = 0;
  let openUrl: string | undefined;
  for (const piece of line.pieces) {
    // Split the piece where highlights start and end.
    const cuts = new Set([0, piece.text.length]);
    for (const h of highlights) {
      for (const at of [h.start - offset, h.end - offset]) {
        if (at > 0 && at < piece.text.length) cuts.add(at);
      }
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    const url = options.hyperlinks && piece.url ? safeUrl(piece.url) : undefined;
    if (url !== openUrl) {
      if (openUrl) out += osc8('');
      if (url) out += osc8(url);
      openUrl = url;
    }
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const text = piece.text.slice(start, bounds[i + 1]);
      const at = offset + start;
      const extra = highlights.filter((h) => h.start <= at && at < h.end).map((h) => h.role);
      const style = Object.assign({}, ...[...piece.roles, ...extra].map((r) => theme.roles[r]));
      const on = sgr(style);
      out += on ? `${on}${text}${SGR_RESET}` : text;
    }
    offset += piece.text.length;
  }
  if (openUrl) out += osc8('');
  return out;
}

/** Renders Markdown to ANSI text `width` cells wide, one string per line. */
export function markdownToAnsi(
  markdown: string,
  options: LayoutOptions & Omit<PaintOptions, 'highlights'>,
): string[] {
  const doc = layoutMarkdown(markdown, {
    ...options,
    showUrls: options.showUrls ?? !options.hyperlinks,
  });
  return doc.lines.map((line) => lineToAnsi(line, options));
}
