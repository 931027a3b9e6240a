import { clamp, maxTop } from './pager.ts';
import type { ListState } from './state.ts';

// Where a window starts after the terminal changed size: a window placed for the old height may
// hide the selected row or stop short of the end with blank lines below it.

/**
 * A list's window for a new height: the selected row stays in it, and it is full whenever the
 * list has the rows to fill it.
 */
export function fitListWindow(list: ListState, rows: number, height: number): ListState {
  const offset = clamp(
    clamp(list.offset, list.cursor - height + 1, list.cursor),
    0,
    maxTop(rows, height),
  );
  return offset === list.offset ? list : { ...list, offset };
}

/** A scrolled text's first line for a new height or width, within `[0, length - height]`. */
export const fitTop = (top: number, length: number, height: number) =>
  clamp(top, 0, maxTop(length, height));
