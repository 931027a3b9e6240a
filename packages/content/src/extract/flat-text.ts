import type { Nodes, PhrasingContent } from 'mdast';
import { appendAll } from '../parse/append-all.ts';
import { isSpaceCode, isWordCode } from './char-codes.ts';
import { HTML_SPAN_KINDS, inlineTag } from './html-spans.ts';

/** A styled or linked stretch of a flattened block: where titles and names usually stand. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: 'strong' | 'emphasis' | 'link' | 'code' | 'quote';
  readonly url?: string;
}

interface Piece {
  readonly at: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The plain text of one block (paragraph, heading, list item's first paragraph) with the
 * emphasis, link and quote spans inside it, and a map from text offsets back to the source.
 * Patterns run on `text`; spans tell them which words the writer set apart.
 */
export interface FlatText {
  readonly text: string;
  readonly spans: readonly Span[];
  readonly pieces: readonly Piece[];
}

/** Positions are body-relative (1-based line and column), as the Markdown engine gives them. */
export interface SourcePoint {
  readonly line: number;
  readonly column: number;
}

/** The URL of a reference link's definition, by the reference's `identifier`. */
export type ResolveReference = (identifier: string) => string | undefined;

interface Builder {
  text: string;
  spans: Span[];
  pieces: Piece[];
  /** Resolves `[text][label]` links: without it they are plain text. */
  resolve?: ResolveReference;
  /** Inline HTML elements opened and not yet closed (`<b>` in "<b>Title</b> by X"). */
  open?: { name: string; start: number; kind?: Span['kind']; url?: string }[];
}

/**
 * An inline HTML tag in Markdown: `<b>`, `<em>`, `<cite>`, `<a href>` and their kind set words
 * apart as their Markdown counterparts do, and `<br>` breaks the line. Markdown gives each tag
 * as a node of its own, so an element is a span from its opening tag to its closing one.
 */
function inlineHtml(value: string, b: Builder): void {
  const tag = inlineTag(value);
  if (!tag) return;
  if (!tag.closing) {
    if (tag.name === 'br') b.text += '\n';
    const kind = HTML_SPAN_KINDS[tag.name];
    if (!kind && tag.href === undefined) return;
    b.open ??= [];
    b.open.push({ name: tag.name, start: b.text.length, kind, url: tag.href });
    return;
  }
  const open = b.open ?? [];
  for (let i = open.length - 1; i >= 0; i--) {
    const o = open[i]!;
    if (o.name !== tag.name) continue;
    // Elements opened inside it and never closed end with it.
    open.length = i;
    if (b.text.length > o.start)
      b.spans.push(
        o.url !== undefined
          ? { start: o.start, end: b.text.length, kind: 'link', url: o.url }
          : { start: o.start, end: b.text.length, kind: o.kind! },
      );
    return;
  }
}

type Positioned = { position?: { start: { line: number; column: number } } };

function walk(node: PhrasingContent, b: Builder): void {
  const start = b.text.length;
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const pos = (node as Positioned).position?.start;
      if (pos)
        b.pieces.push({
          at: start,
          length: node.value.length,
          line: pos.line,
          column: pos.column + (node.type === 'inlineCode' ? 1 : 0),
        });
      b.text += node.value;
      if (node.type === 'inlineCode') b.spans.push({ start, end: b.text.length, kind: 'code' });
      return;
    }
    case 'break':
      b.text += '\n';
      return;
    case 'strong':
    case 'emphasis':
    case 'delete':
      for (const child of node.children) walk(child, b);
      if (node.type !== 'delete') b.spans.push({ start, end: b.text.length, kind: node.type });
      return;
    case 'link':
      for (const child of node.children) walk(child, b);
      b.spans.push({ start, end: b.text.length, kind: 'link', url: node.url });
      return;
    case 'linkReference': {
      for (const child of node.children) walk(child, b);
      // A reference to no definition is text in brackets, as Markdown shows it.
      const url = b.resolve?.(node.identifier);
      if (url !== undefined) b.spans.push({ start, end: b.text.length, kind: 'link', url });
      return;
    }
    case 'html':
      inlineHtml(node.value, b);
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node)
        for (const child of node.children as PhrasingContent[]) walk(child, b);
  }
}

/**
 * Flattens the phrasing content of a block node; quotes in the text become spans too, and
 * reference links (`[slides][1]`) links when `resolve` finds their definition.
 */
export function flatten(node: Nodes, resolve?: ResolveReference): FlatText {
  const b: Builder = { text: '', spans: [], pieces: [], resolve };
  if ('children' in node) for (const child of node.children as PhrasingContent[]) walk(child, b);
  appendAll(b.spans, quoteSpans(b.text));
  b.spans.sort((x, y) => x.start - y.start || y.end - x.end);
  return { text: b.text, spans: b.spans, pieces: b.pieces };
}

/**
 * The part of a flat text from `start` to `end`, its spans cut to it and its source positions
 * kept: a line of a paragraph read as a block of its own.
 * @example sliceFlat(flatten(paragraph), 10, 20).text
 */
export function sliceFlat(flat: FlatText, start: number, end: number): FlatText {
  const spans: Span[] = [];
  for (const s of flat.spans)
    if (s.start < end && s.end > start)
      spans.push({
        ...s,
        start: Math.max(s.start, start) - start,
        end: Math.min(s.end, end) - start,
      });
  const pieces: Piece[] = [];
  for (const p of flat.pieces) {
    const pieceEnd = p.at + p.length;
    if (pieceEnd <= start || p.at >= end) continue;
    if (p.at >= start) {
      pieces.push({ ...p, at: p.at - start, length: Math.min(pieceEnd, end) - p.at });
      continue;
    }
    // A text node that began on an earlier line: where `start` is in the source.
    const point = pointAt(flat, start);
    if (point)
      pieces.push({
        at: 0,
        length: Math.min(pieceEnd, end) - start,
        line: point.line,
        column: point.column,
      });
  }
  return { text: flat.text.slice(start, end), spans, pieces };
}

/**
 * Flattens table cells into one text, cells joined by " | ", with each cell's range: a
 * schedule row becomes one line that patterns can read, and cells stay addressable.
 */
export function flattenCells(
  cells: readonly Nodes[],
  resolve?: ResolveReference,
): {
  flat: FlatText;
  cells: { start: number; end: number }[];
} {
  const b: Builder = { text: '', spans: [], pieces: [], resolve };
  const ranges: { start: number; end: number }[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) b.text += ' | ';
    const start = b.text.length;
    if ('children' in cell) for (const child of cell.children as PhrasingContent[]) walk(child, b);
    ranges.push({ start, end: b.text.length });
  });
  appendAll(b.spans, quoteSpans(b.text));
  b.spans.sort((x, y) => x.start - y.start || y.end - x.end);
  return { flat: { text: b.text, spans: b.spans, pieces: b.pieces }, cells: ranges };
}

/**
 * The closing quote of an opening one ("...", “...”, '...', ‘...’, „...“, «...»), or 0. „ may
 * close with ” too (see `quoteSpans`).
 */
function closerOf(c: number): number {
  if (c === 0x22 || c === 0x27) return c;
  if (c === 0x201c) return 0x201d;
  if (c === 0x2018) return 0x2019;
  // „...“ as German, Polish or Czech write it, and «...» as French does.
  if (c === 0x201e) return 0x201c;
  if (c === 0xab) return 0xbb;
  return 0;
}

/**
 * Quoted stretches: "...", “...”, „...“, «...», and '...' where the single quotes are not apostrophes
 * (an opening quote follows a space or bracket, a closing one precedes punctuation or space).
 * One left-to-right pass, so hostile input stays linear.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const open = m.index;
    if (
      !(open === 0 || opensAfter(text.charCodeAt(open - 1))) ||
      open + 1 >= n ||
      isSpaceCode(text.charCodeAt(open + 1))
    )
      continue;
    // Inside the quotation: the first closing quote that is not an apostrophe ends it, and a
    // blank line abandons it; the search for the next opening quote goes on after either.
    const opener = text.charCodeAt(open);
    const close = closerOf(opener);
    const quote = String.fromCharCode(close);
    const blank = text.indexOf('\n\n', open + 1);
    let at = text.indexOf(quote, open + 1);
    // Polish closes „...” where German closes „...“: the first of either ends it.
    if (opener === 0x201e) {
      const other = text.indexOf('\u201d', open + 1);
      if (other !== -1 && (at === -1 || other < at)) at = other;
    }
    while (
      at !== -1 &&
      (blank === -1 || at < blank) &&
      close === 0x27 &&
      at + 1 < n &&
      isWordCode(text.charCodeAt(at + 1))
    )
      at = text.indexOf(quote, at + 1);
    if (at !== -1 && (blank === -1 || at < blank)) {
      if (at - open > 1) spans.push({ start: open + 1, end: at, kind: 'quote' });
      OPENING.lastIndex = at + 1;
    } else if (blank !== -1) OPENING.lastIndex = blank + 1;
    else break;
  }
  return spans;
}

const OPENING = /["'\u201c\u2018\u201e\u00ab]/g;

/** Whether a quote after this character may open a quotation: a space, `(`, `[`, `-` or `:`. */
function opensAfter(c: number): boolean {
  return isSpaceCode(c) || c === 0x28 || c === 0x5b || c === 0x2d || c === 0x3a;
}

/**
 * Maps an offset of `flat.text` to its body-relative source position (best effort). An `end`
 * offset (exclusive) is placed just after the character before it, not at the next piece.
 */
export function pointAt(flat: FlatText, offset: number, end = false): SourcePoint | undefined {
  // The last piece that starts before the offset (at or before it for a start offset), found
  // by binary search: pieces are in text order, and extraction asks for thousands of points.
  const pieces = flat.pieces;
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = pieces[mid]!.at;
    if (end ? at >= offset : at > offset) hi = mid;
    else lo = mid + 1;
  }
  const best = pieces[lo - 1];
  if (!best)
    return flat.pieces[0]
      ? { line: flat.pieces[0].line, column: flat.pieces[0].column }
      : undefined;
  const delta = Math.min(offset - best.at, best.length);
  // A text node may span soft line breaks: count them to land on the right line.
  const breaks = newlinesOf(flat.text);
  const from = firstAtOrAfter(breaks, best.at);
  const to = firstAtOrAfter(breaks, best.at + delta);
  if (to === from) return { line: best.line, column: best.column + delta };
  return { line: best.line + (to - from), column: best.at + delta - breaks[to - 1]! };
}

let lastText = '';
let lastBreaks: number[] = [];

/** Offsets of the line feeds of a text, computed once for the text asked about last. */
function newlinesOf(text: string): number[] {
  if (text === lastText) return lastBreaks;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  lastText = text;
  lastBreaks = breaks;
  return breaks;
}

/** Index of the first value >= `x` in a sorted array (its length if none). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
