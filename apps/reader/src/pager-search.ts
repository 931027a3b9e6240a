import { searchMatches } from './document-search.ts';
import { type PagerState, reveal } from './pager.ts';
import type { PostDoc } from './render/post-doc.ts';

// The search typed in an article, as less and vim do it: each keystroke shows the first match at
// or below where the search began, and a search that finds nothing, or is cancelled, goes back
// there rather than leaving the reader wherever the last keystroke had scrolled.

/** The pager as a search starts: nothing searched yet, and the place to come back to. */
export function startSearch(state: PagerState): PagerState {
  const searchBefore = { search: state.search, match: state.match };
  return { ...state, search: '', match: -1, searchFrom: state.top, searchBefore };
}

/** The pager after the search text became `text`, in a window `height` lines high. */
export function typeSearch(
  doc: PostDoc,
  state: PagerState,
  text: string,
  height: number,
): PagerState {
  const from = state.searchFrom ?? state.top;
  const matches = searchMatches(doc, text);
  const first = matches.findIndex((m) => m.line >= from);
  const match = matches.length ? Math.max(first, 0) : -1;
  const top = match >= 0 ? reveal(from, matches[match]!.line, height, doc.lines.length) : from;
  return { ...state, search: text, match, top };
}

/**
 * The pager once typing ends: where the search is kept, or where it began if cancelled, with the
 * search kept before it, as less and vim keep it for n. A search left empty is the one before
 * (its current match still current: `n` goes on from it).
 */
export function endSearch(state: PagerState, cancelled: boolean): PagerState {
  const { searchFrom, searchBefore, ...rest } = state;
  const before = searchBefore ?? { search: '', match: -1 };
  if (!cancelled) return rest.search ? rest : { ...rest, ...before };
  if (searchFrom === undefined) return rest;
  return { ...rest, ...before, top: searchFrom };
}
