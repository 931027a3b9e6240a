import type { Action } from './keys.ts';
import type { RecordLine } from './screens/record-lines.ts';

/** The selected item of a record screen and the first line in its window. */
export type RecordPlace = { readonly cursor: number; readonly top: number };

const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);

/** `top` kept inside the lines: a window never starts past the last full screen. */
export function recordTop(lines: readonly RecordLine[], top: number, height: number): number {
  return clamp(top, 0, Math.max(0, lines.length - height));
}

/**
 * The place after a key on a record screen. The window moves only as far as the selection
 * needs, and a record's title and facts are text to read, not items: up at the first item
 * scrolls back over them, and down scrolls the selection back into view first. So every line
 * can be reached however short the terminal, where a window that only followed the selection
 * hid the title and takeaways above a first item lower than the screen.
 */
export function moveInRecord(
  lines: readonly RecordLine[],
  place: RecordPlace,
  action: Action,
  height: number,
): RecordPlace {
  // The first line of each item, and its last: an item may wrap onto several.
  const at: number[] = [];
  const end: number[] = [];
  lines.forEach((line, i) => {
    if (line.item === undefined) return;
    at[line.item] ??= i;
    end[line.item] = i;
  });
  const last = Math.max(0, lines.length - height);
  const top = recordTop(lines, place.top, height);
  const { cursor } = place;
  const line = at[cursor];
  const shown = (i: number) => i >= top && i < top + height;
  // The window moved by `delta`: the selection stays if it is still in view, else the nearest
  // item in view in the direction of travel is taken (none there: it stays as it was).
  const page = (delta: number): RecordPlace => {
    const next = clamp(top + delta, 0, last);
    if (line === undefined || (line >= next && line < next + height)) return { cursor, top: next };
    const inView = at.flatMap((i, item) => (i >= next && i < next + height ? [item] : []));
    const taken = delta > 0 ? inView[0] : inView.at(-1);
    return { cursor: taken ?? cursor, top: next };
  };
  switch (action) {
    case 'down': {
      if (line !== undefined && line >= top + height) return { cursor, top: top + 1 };
      if (line !== undefined && line < top) {
        const first = at.findIndex((i) => shown(i));
        return first >= 0 ? { cursor: first, top } : { cursor, top: Math.min(top + 1, last) };
      }
      const below = at[cursor + 1];
      if (below === undefined) return { cursor, top: Math.min(top + 1, last) };
      // The whole of the next item comes into view, or as much as fits from its first line.
      const bottom = Math.min(end[cursor + 1]!, below + height - 1);
      return { cursor: cursor + 1, top: Math.max(top, bottom - height + 1) };
    }
    case 'up': {
      if (line !== undefined && line < top) return { cursor, top: top - 1 };
      if (line !== undefined && line >= top + height) {
        const inView = at.findLastIndex((i) => shown(i));
        return inView >= 0 ? { cursor: inView, top } : { cursor, top: Math.max(0, top - 1) };
      }
      const above = cursor > 0 ? at[cursor - 1] : undefined;
      if (above === undefined) return { cursor, top: Math.max(0, top - 1) };
      // The item's section heading comes into view with its first item.
      const heading = lines[above - 1]?.item === undefined ? above - 1 : above;
      return { cursor: cursor - 1, top: shown(above) ? top : Math.max(0, heading) };
    }
    case 'page-down':
      return page(height);
    case 'page-up':
      return page(-height);
    case 'half-down':
      return page(Math.ceil(height / 2));
    case 'half-up':
      return page(-Math.ceil(height / 2));
    case 'top':
      return { cursor: 0, top: 0 };
    case 'bottom':
      return { cursor: Math.max(0, at.length - 1), top: last };
    default:
      return { cursor, top };
  }
}
