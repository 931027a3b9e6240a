import { foldQuery, foldText } from './data/fold.ts';
import { IDEOGRAPHIC } from './render/pieces.ts';
import type { PostDoc } from './render/post-doc.ts';
import { escapeRegExp, type Span } from './render/target-spans.ts';

// Search inside an article, as less searches a file: a phrase is found wherever the layout
// wrapped it, so what `/` finds does not depend on the width of the terminal.

/** An occurrence of the search: where it begins, and one span per line it is wrapped over. */
export type Match = Span & { readonly spans: readonly Span[] };

/**
 * The margin a line starts with (a list item's indent, the bars of a quote). In the joined text
 * of the document a line ends with `\n` where the layout wrapped it at a space, and with `\r`
 * where it cut a word (too long for the window, or Chinese or Japanese, which wraps between any
 * two characters). A blank line between two paragraphs is a second break, which no match crosses.
 */
const GUTTER = '[ \\t│]*';
const GUTTER_AT_START = /^[ \t│]*/;
/** Spaces of the search: spaces, or the end of a line wrapped where they stood. */
const SPACES = `(?:[ \\t]+|[ \\t]*\\n${GUTTER})`;
/**
 * Between two characters of a word: nothing, or the end of a line that cut the word there. The
 * query is folded without marks; the text keeps those folding cannot take off a letter (the
 * emoji presentation selector of "⭐️", an accent written apart), so they are passed over.
 */
const CUT = `\\p{M}*(?:\\r${GUTTER})?`;

/** Whether the layout cut a word between `line` and the `next`, rather than wrap at a space. */
function cutBetween(line: string, next: string): boolean {
  const body = line.slice(line.match(GUTTER_AT_START)![0].length);
  const last = [...line].at(-1) ?? ' ';
  const first = [...next.slice(next.match(GUTTER_AT_START)![0].length)][0] ?? ' ';
  if (/\s/.test(last) || /\s/.test(first)) return false;
  // A line without a space is a word too long for the window, cut where the window ends.
  return !/\s/.test(body) || IDEOGRAPHIC.test(last) || IDEOGRAPHIC.test(first);
}

function patternOf(needle: string): RegExp {
  const source = needle
    .split(/(\s+)/)
    .filter(Boolean)
    .map((part) => (/^\s/.test(part) ? SPACES : `${[...part].map(escapeRegExp).join(CUT)}\\p{M}*`))
    .join('');
  return new RegExp(source, 'gu');
}

// Folded as the list filter folds titles (case and accents ignored), and to the same length, so
// that an offset in the folded text is the offset of the same character in the line.
const foldedDocs = new WeakMap<PostDoc, { text: string; starts: readonly number[] }>();

function foldedDoc(doc: PostDoc) {
  let folded = foldedDocs.get(doc);
  if (!folded) {
    const starts: number[] = [];
    let at = 0;
    for (const line of doc.lines) {
      starts.push(at);
      at += line.text.length + 1;
    }
    let text = '';
    doc.lines.forEach((line, i) => {
      if (i) text += cutBetween(doc.lines[i - 1]!.text, line.text) ? '\r' : '\n';
      text += foldText(line.text);
    });
    folded = { text, starts };
    foldedDocs.set(doc, folded);
  }
  return folded;
}

/** The parts of `[start, end)` of the joined text on each line, without the margin of a line. */
function spansOf(doc: PostDoc, starts: readonly number[], start: number, end: number): Span[] {
  const spans: Span[] = [];
  let line = upperBound(starts, start) - 1;
  for (; line < doc.lines.length && starts[line]! < end; line++) {
    const text = doc.lines[line]!.text;
    let from = Math.max(start, starts[line]!) - starts[line]!;
    const to = Math.min(end, starts[line]! + text.length) - starts[line]!;
    if (from === 0 && spans.length) from = text.match(GUTTER_AT_START)![0].length;
    if (to > from) spans.push({ line, start: from, end: to });
  }
  return spans;
}

/** The number of `sorted` values at or below `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

let lastSearch: { doc: PostDoc; query: string; matches: readonly Match[] } | undefined;

/**
 * Every occurrence of `query` in the laid-out document, ignoring case and accents; a space of
 * the query also matches a line break the layout made, and a word may be cut by one.
 */
export function searchMatches(doc: PostDoc, query: string): readonly Match[] {
  if (lastSearch?.doc === doc && lastSearch.query === query) return lastSearch.matches;
  const matches: Match[] = [];
  const needle = foldQuery(query);
  if (needle) {
    const { text, starts } = foldedDoc(doc);
    for (const found of text.matchAll(patternOf(needle))) {
      const spans = spansOf(doc, starts, found.index, found.index + found[0].length);
      if (spans[0]) matches.push({ ...spans[0], spans });
    }
  }
  lastSearch = { doc, query, matches };
  return matches;
}
