import type { Row } from './data/list-rows.ts';
import { clamp, maxTop } from './pager.ts';
import type { ListState } from './state.ts';

// Clearing a list's filter shows every row again. The row the reader had chosen stays chosen, on
// the same line of the window, as in lazygit: clearing a filter is not a trip back to the top.

/** A selected row of a list: its id and the line of the window it is on. */
export type Selection = { readonly id: string; readonly line: number };

/** The row selected in `list`, if any, among its `rows` as shown. */
export function selectionOf(list: ListState, rows: readonly Row[]): Selection | undefined {
  const row = rows[list.cursor];
  return row && { id: row.id, line: list.cursor - list.offset };
}

/**
 * The list with `query` as its filter showing `rows`, the selected row `selection` (else the
 * first) on the line of a window `height` rows high it was on, as far as the rows allow.
 */
export function reselect(
  list: ListState,
  query: string,
  rows: readonly Row[],
  selection: Selection | undefined,
  height: number,
): ListState {
  const found = selection ? rows.findIndex((row) => row.id === selection.id) : -1;
  if (found < 0) return { ...list, query, cursor: 0, offset: 0 };
  const offset = clamp(found - selection!.line, 0, maxTop(rows.length, height));
  return { ...list, query, cursor: found, offset: clamp(offset, found - height + 1, found) };
}
