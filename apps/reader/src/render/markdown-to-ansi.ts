import { bodyTree, htmlToMdast } from '@confnotes/content/markdown';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Role } from '../theme.ts';
import { isBareTags } from './bare-tags.ts';
import { codeTokens } from './code-tokens.ts';
import { anchorKey, headingId } from './heading-anchor.ts';
import { type Ctx, inline, type Line, lineOf, mark } from './inline-pieces.ts';
import { lineToAnsi, type PaintOptions } from './paint-line.ts';
import {
  cells,
  clipPieces,
  type Piece,
  plainText,
  safePieces,
  splitAtWidth,
  wrapPieces,
} from './pieces.ts';
import { table } from './table-layout.ts';

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
  /** Line of each heading by its `#id` and by its `anchorKey`: the first heading wins. */
  readonly anchors?: ReadonlyMap<string, number>;
};

export type LayoutOptions = {
  /** Width in terminal cells; the layout never exceeds it. */
  readonly width: number;
  /** Show link targets after their text (for terminals without OSC 8 hyperlinks). */
  readonly showUrls?: boolean;
};

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
      const id = headingId(node);
      const pieces = inline(node, ['heading'], ctx);
      const lines = indent(
        paragraph(pieces, width - hashes.length, source),
        mark(hashes, 'heading', source),
        mark(' '.repeat(hashes.length), 'heading', source),
      );
      // Its words as written: the address shown after a link in it is not part of its id.
      const words = plainText(pieces.filter((p) => !p.roles.includes('url')));
      const anchors = [anchorKey(words), ...(id ? [`#${id}`] : [])].filter(Boolean);
      return lines.map((line, i) => (i ? line : { ...line, anchors }));
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
      // The fence's info string is the article's text too: shown, never run by the terminal.
      const label = node.lang
        ? [{ pieces: safePieces(`  ${node.lang}`, ['muted'], source), source }]
        : [];
      const tokens = node.lang ? codeTokens(node.value, node.lang) : undefined;
      node.value.split('\n').forEach((raw, i) => {
        // Code keeps its line breaks; a line too long for the window is cut and continued.
        let rest = tokens
          ? (tokens[i] ?? []).flatMap((t) =>
              safePieces(t.text, t.role ? ['code', t.role] : ['code'], source + i + 1),
            )
          : safePieces(raw, ['code'], source + i + 1);
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
    case 'html': {
      // A body written in HTML (a WordPress export) reads as its Markdown would.
      const converted = htmlToMdast(node.value, source);
      if (converted.length > 0) return blocks(converted, width, ctx);
      // Comments such as `<!-- more -->` are for blog engines, not readers.
      if (node.value.trimStart().startsWith('<!--')) return [];
      if (isBareTags(node.value)) return [];
      // Shown as written, a line of HTML to a line: its line breaks are not controls to show.
      return node.value
        .split('\n')
        .flatMap((line, i) =>
          paragraph(safePieces(line, ['muted'], source + i), width, source + i),
        );
    }
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

function collectDefinitions(root: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return definitions;
}

/**
 * Lays out a Markdown document for a terminal `width` cells wide: headings, emphasis, lists,
 * quotes, code blocks, tables and links, each line knowing the body line it came from.
 * Every text run is made visible (no control character survives) before it is styled.
 */
export function layoutMarkdown(markdown: string, options: LayoutOptions): RenderedDoc {
  return layoutTree(bodyTree(markdown), options);
}

/** `layoutMarkdown` for a document already parsed, to lay it out again at another width. */
export function layoutTree(root: Root, options: LayoutOptions): RenderedDoc {
  const width = Math.max(8, options.width);
  const ctx: Ctx = { showUrls: options.showUrls ?? false, definitions: collectDefinitions(root) };
  // Whatever is still too wide (lists nested past the window, a long footnote label) is cut: a
  // line wider than the terminal would wrap on screen and push the window's other lines away.
  const anchors = new Map<string, number>();
  const lines: DocLine[] = blocks(root.children, width, ctx).map((line, index) => {
    for (const anchor of line.anchors ?? []) {
      // Engines number a heading whose words came before: the second "Notes" is `#notes-1`.
      let name = anchor;
      for (let n = 1; anchors.has(name) && !anchor.startsWith('#'); n++) name = `${anchor}${n}`;
      if (!anchors.has(name)) anchors.set(name, index);
    }
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
  return { lines, links, anchors };
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
