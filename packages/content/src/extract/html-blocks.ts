import type { ElementContent, RootContent } from 'hast';
import type { Html } from 'mdast';
import type { ParagraphAnchors } from '../parse/anchors.ts';
import { appendAll } from '../parse/append-all.ts';
import { BLOCK_TAGS, UNREAD_TAGS } from '../parse/html-anchors.ts';
import { COMMENT_ONLY } from '../parse/html-from-tree.ts';
import { htmlNodeHast } from '../parse/html-text.ts';
import type { BlockKind } from './blocks.ts';
import { type FlatText, quoteSpans, type Span } from './flat-text.ts';
import { HtmlSourceMap, type SourcePiece } from './html-source-map.ts';
import { HTML_SPAN_KINDS } from './html-spans.ts';

/**
 * A unit of prose read from a block of raw HTML, as `blocksOf` reads one from Markdown. Items
 * and the paragraphs inside them name their item by its index among the same HTML's blocks.
 */
export interface HtmlBlock {
  readonly kind: BlockKind;
  readonly flat: FlatText;
  /** Heading level, or list nesting for items and what is inside them (1 = top level). */
  readonly depth: number;
  /** For items: the item this one is nested in; for paragraphs: the item they are part of. */
  readonly item?: number;
  /** For items: whether it is the first of its list. */
  readonly opensList?: boolean;
  readonly cells?: readonly { start: number; end: number }[];
  readonly header?: readonly string[];
  /** The anchor of its `<p>` or `<li>`, from `paragraphAnchors`. */
  readonly anchor?: string;
}

// Elements whose content no reader sees as text, and those whose text is no prose: a picture's
// labels, a formula, a form's choices.
const hiddenTags = new Set([...UNREAD_TAGS, 'svg', 'math', 'select', 'textarea']);

interface Frame {
  readonly tag: string;
  /** For `li`: the index of its item block once emitted, and how many lists were open. */
  item?: number;
  lists?: number;
  /** For `ul` and `ol`: items emitted so far. */
  items?: number;
  /** For `tr`: its cells, and whether each is a header cell. */
  cells?: { start: number; end: number }[];
  heads?: boolean[];
  /** For `table`: the header row's cell texts. */
  header?: string[];
  /** For `p` and `li`: its anchor, when it is one of `paragraphElements`. */
  anchor?: string;
}

type Step = RootContent | ElementContent | { readonly exit: () => void };

/**
 * The blocks of prose in an mdast `html` node (a WordPress or Ghost body keeps its `<p>`s, its
 * `<h2>`s and `<li>`s), with spans for bold, italic, cited, coded and linked words and a map
 * from their text back to the source, so patterns read them as they read Markdown.
 * @example htmlBlocks(html).map((b) => b.flat.text) // ['Jane Doe spoke about Scaling Widgets.']
 */
export function htmlBlocks(node: Html, anchors?: ParagraphAnchors): HtmlBlock[] {
  const raw = node.value;
  if (COMMENT_ONLY.test(raw) || raw.trim() === '') return [];
  const start = node.position?.start ?? { line: 1, column: 1 };
  const map = new HtmlSourceMap(raw, start);
  const root = htmlNodeHast(node);
  const blocks: HtmlBlock[] = [];
  const frames: Frame[] = [];
  let text = '';
  let spans: Span[] = [];
  let pieces: SourcePiece[] = [];

  // The open elements the reading depends on, by kind, so no question walks all of them.
  const open = { li: [] as Frame[], list: [] as Frame[], table: [] as Frame[], tr: [] as Frame[] };
  let quotes = 0;
  let cells = 0;
  let heads = 0;
  const enter = (frame: Frame) => {
    frames.push(frame);
    const tag = frame.tag;
    if (tag === 'li') open.li.push(Object.assign(frame, { lists: open.list.length }));
    else if (tag === 'ul' || tag === 'ol') open.list.push(frame);
    else if (tag === 'table') open.table.push(frame);
    else if (tag === 'tr') open.tr.push(frame);
    else if (tag === 'blockquote') quotes++;
    else if (tag === 'td' || tag === 'th') cells++;
    else if (tag === 'thead') heads++;
  };
  const leave = () => {
    const tag = frames.pop()?.tag;
    if (tag === 'li') open.li.pop();
    else if (tag === 'ul' || tag === 'ol') open.list.pop();
    else if (tag === 'table') open.table.pop();
    else if (tag === 'tr') open.tr.pop();
    else if (tag === 'blockquote') quotes--;
    else if (tag === 'td' || tag === 'th') cells--;
    else if (tag === 'thead') heads--;
  };
  // The item the text stands in directly: not when a list opened inside it since.
  const ownItem = (): Frame | undefined => {
    const li = open.li.at(-1);
    return li && li.lists === open.list.length ? li : undefined;
  };

  const flush = () => {
    const kept = text.trimEnd();
    const rowFrame =
      frames[frames.length - 1]?.tag === 'tr' ? frames[frames.length - 1] : undefined;
    if (kept.trim() !== '') {
      const own = [...spans.filter((s) => s.start < kept.length)].map((s) =>
        s.end > kept.length ? { ...s, end: kept.length } : s,
      );
      appendAll(own, quoteSpans(kept));
      own.sort((x, y) => x.start - y.start || y.end - x.end);
      const flat: FlatText = { text: kept, spans: own, pieces };
      const block = blockOf(flat, rowFrame);
      const anchor = frames[frames.length - 1]?.anchor;
      if (block) blocks.push(anchor && block.kind !== 'row' ? { ...block, anchor } : block);
    }
    text = '';
    spans = [];
    pieces = [];
  };

  const blockOf = (flat: FlatText, row: Frame | undefined): HtmlBlock | undefined => {
    const top = frames[frames.length - 1];
    const heading = top && /^h[1-6]$/.test(top.tag) ? Number(top.tag[1]) : 0;
    if (heading) return { kind: 'heading', flat, depth: heading };
    if (row) {
      const table = open.table.at(-1);
      const cells = row.cells ?? [];
      if (cells.length > 0 && row.heads?.every(Boolean) && table && !table.header) {
        table.header = cells.map((c) => flat.text.slice(c.start, c.end).trim());
        return undefined;
      }
      return { kind: 'row', flat, depth: 0, cells, header: table?.header ?? [] };
    }
    const li = ownItem();
    if (li && li.item === undefined) {
      const list = open.list[li.lists! - 1];
      const opensList = (list?.items ?? 0) === 0;
      if (list) list.items = (list.items ?? 0) + 1;
      li.item = blocks.length;
      // Only the innermost item is asked about: it is the last one open.
      const item = open.li.at(-2)?.item;
      return { kind: 'item', flat, depth: open.list.length, item, opensList };
    }
    if (li) return { kind: 'paragraph', flat, depth: open.list.length, item: li.item };
    return { kind: quotes > 0 ? 'quote' : 'paragraph', flat, depth: 0 };
  };

  // Walked with a stack, not recursion: the HTML may nest as deep as its writer made it.
  const stack: Step[] = [...root.children].reverse();
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      step.exit();
      continue;
    }
    if (step.type === 'text') {
      const row = frames[frames.length - 1];
      // Between the cells of a row, white space is only layout.
      if (row?.tag === 'tr') continue;
      text = map.append(text, step.value, pieces);
      continue;
    }
    if (step.type !== 'element' || hiddenTags.has(step.tagName)) continue;
    const tag = step.tagName;
    const children = step.children;
    if (tag === 'br') {
      text = text.trimEnd();
      if (text) text += '\n';
      continue;
    }
    // Inside a table cell, paragraphs and the like are part of the cell's text.
    if (cells > 0 && BLOCK_TAGS.has(tag) && tag !== 'table') {
      if (text && !/\s$/.test(text)) text += ' ';
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      enter(tag === 'p' || tag === 'li' ? { tag, anchor: anchors?.get(step) } : { tag });
      stack.push({
        exit: () => {
          flush();
          leave();
        },
      });
    } else if (tag === 'td' || tag === 'th') {
      const row = open.tr.at(-1);
      if (row) {
        row.cells ??= [];
        row.heads ??= [];
        text = text.trimEnd();
        if (row.cells.length > 0) text += ' | ';
        const cell = { start: text.length, end: text.length };
        row.cells.push(cell);
        row.heads.push(tag === 'th' || heads > 0);
        // Its content is the row's text; at its end, the cell's range is known.
        enter({ tag });
        stack.push({
          exit: () => {
            leave();
            text = text.trimEnd();
            cell.end = text.length;
          },
        });
      }
    } else {
      const kind = HTML_SPAN_KINDS[tag];
      const url = tag === 'a' ? step.properties.href : undefined;
      if (kind || typeof url === 'string') {
        const from = text.length;
        stack.push({
          exit: () => {
            const to = text.trimEnd().length;
            if (to > from)
              spans.push(
                typeof url === 'string'
                  ? { start: from, end: to, kind: 'link', url }
                  : { start: from, end: to, kind: kind! },
              );
          },
        });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}
