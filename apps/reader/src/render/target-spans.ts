import type { DocLine } from './markdown-to-ansi.ts';
import { IDEOGRAPHIC } from './pieces.ts';

/** A run of a laid-out line to highlight: `[start, end)` in the line's plain text. */
export type Span = { readonly line: number; readonly start: number; readonly end: number };

/** How many laid-out lines past its source line a mention is looked for. */
const REACH = 12;

// Between two words of a mention: spaces, or a line break and what starts the next line of a
// wrapped block (a heading's or list item's indent, a quote's bars).
const GAP = '(?:[^\\S\\n]*\\n[\\s│]*|[^\\S\\n]+)';
const LINE_START = /^[\s│]*/;

/** `text` as a pattern that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word of a mention as a pattern. Chinese and Japanese text wraps between any two characters,
 * so a line break may come inside such a word: one is allowed next to each of its characters.
 */
function wordPattern(word: string): string {
  if (!IDEOGRAPHIC.test(word)) return escapeRegExp(word);
  return [...word].map(escapeRegExp).join('(?:\\n[\\s│]*)?');
}

/**
 * The first laid-out line of the Markdown line `bodyLine` (or of the last one before it), from
 * line `from` on. A paragraph written on one line of its file wraps into many laid-out lines that
 * all carry that line as their source: this is the first of them, where the paragraph begins.
 */
export function firstLineOf(lines: readonly DocLine[], from: number, bodyLine: number): number {
  let found = from;
  for (let i = from; i < lines.length; i++) {
    const source = lines[i]!.source;
    if (source > bodyLine) break;
    // Wrapping gives every line of a paragraph its first word's source line: keep the first.
    if (i === from || source !== lines[i - 1]!.source) found = i;
  }
  return found;
}

/**
 * Where a mention's `text` shows in the laid-out lines: the first occurrence from its source
 * line on that no earlier mention took (a name said twice in a paragraph is two mentions), as
 * one span per line it is wrapped over. Spaces in the text match a line break, and the indent or
 * quote bars after it. Empty if the
 * text is not found, as when Markdown markup splits it.
 */
export function mentionSpans(
  lines: readonly DocLine[],
  from: number,
  bodyLine: number,
  text: string,
  taken: Set<string>,
): Span[] {
  const needle = text.trim();
  if (!needle) return [];
  const first = firstLineOf(lines, from, bodyLine);
  const last = Math.min(lines.length, first + REACH);
  const starts: number[] = [];
  let haystack = '';
  for (let i = first; i < last; i++) {
    starts.push(haystack.length);
    haystack += `${lines[i]!.text}\n`;
  }
  const pattern = new RegExp(needle.split(/\s+/).map(wordPattern).join(GAP), 'giu');
  for (const match of haystack.matchAll(pattern)) {
    const at = match.index;
    const key = `${first}:${at}`;
    if (taken.has(key)) continue;
    taken.add(key);
    return spansOf(starts, first, lines, at, at + match[0].length);
  }
  return [];
}

function spansOf(
  starts: readonly number[],
  first: number,
  lines: readonly DocLine[],
  start: number,
  end: number,
): Span[] {
  const spans: Span[] = [];
  starts.forEach((offset, i) => {
    const length = lines[first + i]!.text.length;
    let from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + length) - offset;
    // A line the mention goes on to starts with the block's indent or bars: not the name's.
    if (offset > start) from += LINE_START.exec(lines[first + i]!.text.slice(from, to))![0].length;
    if (to > from) spans.push({ line: first + i, start: from, end: to });
  });
  return spans;
}

/** The text of a link to `url` that starts on `line`, including its wrapped continuation. */
export function linkSpans(lines: readonly DocLine[], line: number, url: string): Span[] {
  const spans: Span[] = [];
  for (let i = line; i < lines.length; i++) {
    let offset = 0;
    let found: Span | undefined;
    for (const piece of lines[i]!.pieces) {
      const end = offset + piece.text.length;
      if (piece.url === url) {
        found = found ? { ...found, end } : { line: i, start: offset, end };
      } else if (found) break;
      offset = end;
    }
    if (!found) break;
    spans.push(found);
    // A link goes on to the next line only if it ends this one.
    if (found.end !== lines[i]!.text.length || lines[i + 1]?.pieces[0]?.url !== url) break;
  }
  return spans;
}
