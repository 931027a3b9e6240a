import type { Heading, Html, ListItem, Nodes, Paragraph, Root } from 'mdast';
import type { ParagraphAnchors } from '../parse/anchors.ts';
import {
  type FlatText,
  flatten,
  flattenCells,
  type ResolveReference,
  sliceFlat,
} from './flat-text.ts';
import { htmlBlocks } from './html-blocks.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'row';

/**
 * One unit of prose the patterns look at, in document order, with the headings above it.
 * A list item is represented by its first paragraph; later paragraphs of the item are
 * blocks of their own with the same `item` index.
 */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  readonly flat: FlatText;
  /** Heading depth, or list nesting depth for items (1 = top level). */
  readonly depth: number;
  /** Indexes of the headings this block sits under, outermost first. */
  readonly section: readonly number[];
  /** For items: index of the block that introduces the list (the paragraph before it). */
  readonly listIntro?: number;
  /** For items: index of the enclosing item block, when nested. */
  readonly parentItem?: number;
  /** Paragraph anchor (`p-N`) shared with the HTML, when the block is a paragraph. */
  readonly anchor?: string;
  readonly node: Nodes;
  /** For table rows: each cell's range in `flat.text`, and the header row's cell texts. */
  readonly cells?: readonly { start: number; end: number }[];
  readonly header?: readonly string[];
}

interface State {
  blocks: Block[];
  headings: { index: number; depth: number }[];
  /** The indexes of `headings`, shared by every block until the headings change. */
  section: readonly number[] | undefined;
  paragraphs: number;
  anchors?: ParagraphAnchors;
  /** The URL of each reference link's definition (see `definitionsOf`). */
  resolve: ResolveReference;
}

/**
 * Resolves reference links by their definitions anywhere in `tree`, found on the first
 * reference: most posts have none, and are not walked again for them. The first definition of
 * a label wins, as CommonMark has it.
 */
function definitionsOf(tree: Root): ResolveReference {
  let urls: Map<string, string> | undefined;
  return (identifier) => {
    if (!urls) {
      const found = new Map<string, string>();
      const stack: Nodes[] = [tree];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.type === 'definition') {
          if (!found.has(node.identifier)) found.set(node.identifier, node.url);
        } else if ('children' in node)
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      }
      urls = found;
    }
    return urls.get(identifier);
  };
}

function section(state: State): readonly number[] {
  state.section ??= state.headings.map((h) => h.index);
  return state.section;
}

function push(state: State, block: Omit<Block, 'index' | 'section'>): Block {
  const full = block as Block & { index: number; section: readonly number[] };
  full.index = state.blocks.length;
  full.section = section(state);
  state.blocks.push(full);
  return full;
}

function anchorOf(state: State, node: Paragraph): string {
  state.paragraphs++;
  return state.anchors?.get(node) ?? `p-${state.paragraphs}`;
}

function visitItem(
  item: ListItem,
  state: State,
  depth: number,
  intro: number | undefined,
  parent: number | undefined,
): void {
  let itemBlock: number | undefined;
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      const anchor = anchorOf(state, child);
      if (itemBlock === undefined) {
        itemBlock = push(state, {
          kind: 'item',
          flat: flatten(child, state.resolve),
          depth,
          listIntro: intro,
          parentItem: parent,
          anchor,
          node: child,
        }).index;
      } else
        push(state, {
          kind: 'paragraph',
          flat: flatten(child, state.resolve),
          depth,
          parentItem: itemBlock,
          anchor,
          node: child,
        });
    } else if (child.type === 'list') {
      for (const sub of child.children)
        visitItem(sub, state, depth + 1, itemBlock ?? intro, itemBlock);
    } else visit(child, state);
  }
}

function pushHeading(state: State, flat: FlatText, depth: number, node: Nodes): void {
  while (state.headings.length && state.headings[state.headings.length - 1]!.depth >= depth)
    state.headings.pop();
  state.section = undefined;
  const block = push(state, { kind: 'heading', flat, depth, node });
  state.headings.push({ index: block.index, depth });
  state.section = undefined;
}

// A line that opens with a bullet typed or pasted as a character ("• T – Ann Lee"), which
// Markdown reads as text: a list written by hand.
const BULLET = /^[•·▪◦‣●■–-]?\s*$/;
const BULLET_LINE = /^[•▪◦‣●■]\s+(?=\S)/;

/**
 * Pushes a paragraph whose lines from some point on each open with a bullet character as the
 * list it is: the lines before them (if any) as a paragraph that introduces it, then an item
 * per bulleted line. False, having pushed nothing, for any other paragraph.
 */
function bulletLines(state: State, flat: FlatText, anchor: string, node: Paragraph): boolean {
  const text = flat.text;
  if (!text.includes('\n')) return false;
  const lines: { start: number; end: number }[] = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const first = lines.findIndex((l) => BULLET_LINE.test(text.slice(l.start, l.end)));
  if (first === -1 || lines.length - first < 2) return false;
  const rest = lines.slice(first).filter((l) => !BULLET.test(text.slice(l.start, l.end)));
  if (!rest.every((l) => BULLET_LINE.test(text.slice(l.start, l.end)))) return false;
  let intro = introHere(state);
  if (first > 0) {
    const lead = sliceFlat(flat, 0, lines[first - 1]!.end);
    intro = push(state, { kind: 'paragraph', flat: lead, depth: 0, anchor, node }).index;
  }
  for (const l of rest) {
    const marker = BULLET_LINE.exec(text.slice(l.start, l.end))![0].length;
    const item = sliceFlat(flat, l.start + marker, l.end);
    push(state, { kind: 'item', flat: item, depth: 1, listIntro: intro, anchor, node });
  }
  return true;
}

/** The list intro for a list that starts now: the block before it, or that one's intro. */
function introHere(state: State): number | undefined {
  const last = state.blocks[state.blocks.length - 1];
  return last && last.kind !== 'item' ? last.index : last?.listIntro;
}

/**
 * The blocks of a block of raw HTML (a WordPress or Ghost body), read as their Markdown
 * counterparts would be, with the anchors of its `<p>`s.
 */
function visitHtml(node: Html, state: State): void {
  const found = htmlBlocks(node, state.anchors);
  if (found.length === 0) return;
  // Each HTML block's index among `state.blocks`, for the items it names.
  const at: number[] = [];
  let intro: number | undefined;
  for (const b of found) {
    if (b.kind === 'heading') {
      pushHeading(state, b.flat, b.depth, node);
      at.push(state.blocks.length - 1);
      continue;
    }
    const parent = b.item === undefined ? undefined : at[b.item];
    if (b.kind === 'item') {
      if (parent === undefined && b.opensList) intro = introHere(state);
      const listIntro = parent ?? intro;
      at.push(
        push(state, {
          kind: 'item',
          flat: b.flat,
          depth: b.depth,
          listIntro,
          parentItem: parent,
          anchor: b.anchor,
          node,
        }).index,
      );
      continue;
    }
    const { kind, flat, depth, cells, header, anchor } = b;
    at.push(
      push(state, { kind, flat, depth, parentItem: parent, cells, header, anchor, node }).index,
    );
  }
}

function visit(node: Nodes, state: State): void {
  switch (node.type) {
    case 'heading': {
      const h = node as Heading;
      pushHeading(state, flatten(h, state.resolve), h.depth, h);
      return;
    }
    case 'html':
      visitHtml(node, state);
      return;
    case 'paragraph': {
      const flat = flatten(node, state.resolve);
      const anchor = anchorOf(state, node);
      if (!bulletLines(state, flat, anchor, node))
        push(state, { kind: 'paragraph', flat, depth: 0, anchor, node });
      return;
    }
    case 'list': {
      const intro = introHere(state);
      for (const item of node.children) visitItem(item, state, 1, intro, undefined);
      return;
    }
    case 'table': {
      const [head, ...rows] = node.children;
      const header = head ? flattenCells(head.children, state.resolve).flat.text.split(' | ') : [];
      for (const row of rows) {
        const { flat, cells } = flattenCells(row.children, state.resolve);
        push(state, { kind: 'row', flat, depth: 0, cells, header, node: row });
      }
      return;
    }
    case 'blockquote':
      for (const child of node.children) {
        if (child.type === 'paragraph')
          push(state, {
            kind: 'quote',
            flat: flatten(child, state.resolve),
            depth: 0,
            anchor: anchorOf(state, child),
            node: child,
          });
        else visit(child, state);
      }
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child, state);
  }
}

/**
 * Splits a Markdown body into blocks in document order.
 * @example blocksOf(markdownToMdast('## Talks\n\n- T by X')).map((b) => b.kind) // ['heading', 'item']
 */
export function blocksOf(tree: Root, anchors?: ParagraphAnchors): Block[] {
  const state: State = {
    blocks: [],
    headings: [],
    section: undefined,
    paragraphs: 0,
    anchors,
    resolve: definitionsOf(tree),
  };
  visit(tree, state);
  return state.blocks;
}
