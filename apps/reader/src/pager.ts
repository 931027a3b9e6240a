import type { CatalogIndex } from './data/catalog-index.ts';
import { searchMatches } from './document-search.ts';
import type { Highlight } from './render/paint-line.ts';
import { type PostDoc, postDoc } from './render/post-doc.ts';
import { firstLineOf } from './render/target-spans.ts';

// Pure helpers for the article pager: where the window is, what search found, what Tab selects.

export type PagerState = {
  readonly screen: 'post';
  readonly id: string;
  /** First laid-out line in the window. */
  readonly top: number;
  /** Width the `top` line was computed for; a resize maps it to the new layout. */
  readonly width: number;
  readonly search: string;
  /** Index of the current match in `searchMatches`, -1 for none. */
  readonly match: number;
  /** Index of the selected target in the document's `targets`, -1 for none. */
  readonly focus: number;
  /** Where the window was when the search being typed began: a cancelled search goes back. */
  readonly searchFrom?: number;
  /** The search kept before the one being typed: esc keeps it, and enter alone repeats it. */
  readonly searchBefore?: { readonly search: string; readonly match: number };
};

/** The largest `top` that still fills the window. */
export const maxTop = (lines: number, height: number) => Math.max(0, lines - height);
export const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

/** A `top` that shows `line`, moving the window only if the line is outside it. */
export function reveal(top: number, line: number, height: number, lines: number): number {
  if (line >= top && line < top + height) return top;
  return clamp(line - Math.floor(height / 3), 0, maxTop(lines, height));
}

/**
 * Lines longer than this are hard to follow back to their start: on a wider terminal an article
 * is laid out this wide, as glow caps its own (at 120 columns).
 */
export const MAX_ARTICLE_WIDTH = 120;

/** The document as laid out for a terminal `width` columns wide. */
export function pagerDoc(index: CatalogIndex, id: string, width: number, showUrls: boolean) {
  const post = index.posts.get(id);
  return post ? postDoc(index, post, Math.min(width, MAX_ARTICLE_WIDTH), showUrls) : undefined;
}

/**
 * The laid-out lines that come from the same line of the file as `start`, past the blank line
 * the layout gives that source too (the gap above a paragraph belongs to the paragraph).
 */
function textRun(lines: PostDoc['lines'], start: number) {
  const source = lines[start]?.source;
  let first = start;
  while (lines[first]?.text === '' && lines[first + 1]?.source === source) first++;
  let end = first + 1;
  while (end < lines.length && lines[end]!.source === source) end++;
  return { first, length: end - first };
}

/** Maps `top` from the layout at one width to the same place of the text at another. */
export function remapTop(from: PostDoc, to: PostDoc, top: number): number {
  const line = from.lines[top];
  if (!line || top < from.headerLines) return Math.min(top, to.headerLines);
  const before = firstLineOf(from.lines, from.headerLines, line.source);
  const after = firstLineOf(to.lines, to.headerLines, line.source);
  const old = textRun(from.lines, before);
  if (top < old.first) return after;
  // A paragraph on one line of the file re-wraps to another number of lines: keep the share of
  // it that was above the window, rather than jumping to its start or past its end.
  const run = textRun(to.lines, after);
  return run.first + Math.floor(((top - old.first) / old.length) * run.length);
}

/** The laid-out line of a mention at `fileLine` of the post's file. */
export function lineOfFileLine(doc: PostDoc, fileLine: number, bodyLine: number): number {
  return firstLineOf(doc.lines, doc.headerLines, fileLine - bodyLine + 1);
}

/** Highlights to paint on line `line`: search matches and the selected target. */
export function highlightsOn(doc: PostDoc, state: PagerState, line: number): Highlight[] {
  const out: Highlight[] = [];
  searchMatches(doc, state.search).forEach((m, i) => {
    for (const span of m.spans) {
      if (span.line === line) {
        const role = i === state.match ? 'currentMatch' : 'match';
        out.push({ start: span.start, end: span.end, role });
      }
    }
  });
  for (const span of doc.targets[state.focus]?.spans ?? []) {
    if (span.line === line) out.push({ start: span.start, end: span.end, role: 'focus' });
  }
  return out;
}

/**
 * The next of things shown on `lines` (in reading order) from the one at `current`, going
 * `forward` or back. From a current one in the window it moves one on, wrapping; with none, or
 * the current one scrolled out of the window, it starts from the window (the first from its top,
 * the last before its bottom), as less does for n, so that scrolling away and moving on does not
 * pull the reader back to where the last one was.
 */
export function nextFromWindow(
  lines: readonly number[],
  current: number,
  window: { readonly top: number; readonly height: number },
  forward: boolean,
): number {
  const n = lines.length;
  const line = lines[current];
  if (line !== undefined && line >= window.top && line < window.top + window.height) {
    return (current + (forward ? 1 : -1) + n) % n;
  }
  if (forward)
    return Math.max(
      0,
      lines.findIndex((l) => l >= window.top),
    );
  const after = lines.findIndex((l) => l >= window.top + window.height);
  return after < 0 ? n - 1 : (after - 1 + n) % n;
}

/** The target Tab (`forward`) or Shift+Tab selects next: see `nextFromWindow`. */
export function nextTarget(
  doc: PostDoc,
  state: PagerState,
  height: number,
  forward: boolean,
): number {
  const lines = doc.targets.map((t) => t.line);
  return nextFromWindow(lines, state.focus, { top: state.top, height }, forward);
}
