import { describe, expect, it } from 'vitest';
import type { Action } from './keys.ts';
import { moveInRecord, type RecordPlace } from './record-scroll.ts';
import type { RecordLine } from './screens/record-lines.ts';

// A record whose title and facts (lines 0-9) are longer than the window: its first item is on
// line 12, below a window of 6 lines; items 1 and 2 follow on lines 13 and 16.
const text = (n: number): RecordLine[] =>
  Array.from({ length: n }, (_, i) => ({ text: `fact ${i}`, role: 'muted' }));
const lines: RecordLine[] = [
  ...text(10),
  { text: '', role: 'text' },
  { text: 'Speakers (2)', role: 'accent' },
  { text: 'Ann', role: 'text', item: 0 },
  { text: 'Bob', role: 'text', item: 1 },
  { text: '', role: 'text' },
  { text: 'Event (1)', role: 'accent' },
  { text: 'Conf', role: 'text', item: 2 },
];
const height = 6;
const keys = (place: RecordPlace, ...actions: Action[]) =>
  actions.reduce((p, a) => moveInRecord(lines, p, a, height), place);
/** Every line the window shows on the way, from a place through keys. */
const seen = (place: RecordPlace, ...actions: Action[]) => {
  const shown = new Set<number>();
  let p = place;
  for (const a of [undefined, ...actions]) {
    if (a) p = moveInRecord(lines, p, a, height);
    for (let i = p.top; i < p.top + height; i++) shown.add(i);
  }
  return shown;
};

describe('moveInRecord', () => {
  it('scrolls down over the facts to a first item below the window, then selects item by item', () => {
    const start = { cursor: 0, top: 0 };
    // Line 12 comes into view after 7 lines; only then does j choose.
    expect(keys(start, ...Array<Action>(7).fill('down'))).toEqual({ cursor: 0, top: 7 });
    expect(keys(start, ...Array<Action>(8).fill('down'))).toEqual({ cursor: 1, top: 8 });
    expect(keys(start, ...Array<Action>(9).fill('down'))).toEqual({ cursor: 2, top: 11 });
    // Past the last item, down shows what is left, and stops at the end.
    expect(keys(start, ...Array<Action>(20).fill('down'))).toEqual({ cursor: 2, top: 11 });
  });

  it('reaches every line of the record, whichever way it goes', () => {
    const all = new Set(lines.keys());
    expect(seen({ cursor: 0, top: 0 }, ...Array<Action>(12).fill('down'))).toEqual(all);
    const end = { cursor: 2, top: 11 };
    expect(seen(end, ...Array<Action>(14).fill('up'))).toEqual(all);
    expect(keys(end, ...Array<Action>(14).fill('up'))).toEqual({ cursor: 0, top: 0 });
  });

  it('goes up over the items, then over the facts above the first one', () => {
    const atBob = { cursor: 1, top: 8 };
    expect(keys(atBob, 'up')).toEqual({ cursor: 0, top: 8 });
    expect(keys(atBob, 'up', 'up')).toEqual({ cursor: 0, top: 7 });
    // Back down: the selection comes into view again before j chooses another item.
    expect(keys({ cursor: 0, top: 3 }, 'down')).toEqual({ cursor: 0, top: 4 });
  });

  it('brings an item’s section heading into view with it', () => {
    const up = (p: RecordPlace) => moveInRecord(lines, p, 'up', 2);
    // A window of two lines at the end shows the event's heading and item.
    expect(up({ cursor: 2, top: 15 })).toEqual({ cursor: 1, top: 13 });
    expect(up({ cursor: 1, top: 13 })).toEqual({ cursor: 0, top: 11 });
  });

  it('pages the window, selecting the nearest item in view when the selection leaves it', () => {
    expect(keys({ cursor: 0, top: 0 }, 'page-down')).toEqual({ cursor: 0, top: 6 });
    expect(keys({ cursor: 0, top: 6 }, 'page-down')).toEqual({ cursor: 0, top: 11 });
    expect(keys({ cursor: 2, top: 11 }, 'page-up')).toEqual({ cursor: 2, top: 5 });
    expect(keys({ cursor: 2, top: 11 }, 'page-up', 'page-up')).toEqual({ cursor: 2, top: 0 });
    expect(keys({ cursor: 1, top: 8 }, 'bottom')).toEqual({ cursor: 2, top: 11 });
    expect(keys({ cursor: 2, top: 11 }, 'top')).toEqual({ cursor: 0, top: 0 });
  });

  it('scrolls a record without items as text', () => {
    const facts = text(9);
    const move = (p: RecordPlace, a: Action) => moveInRecord(facts, p, a, height);
    expect(move({ cursor: 0, top: 0 }, 'down')).toEqual({ cursor: 0, top: 1 });
    expect(move({ cursor: 0, top: 3 }, 'down')).toEqual({ cursor: 0, top: 3 });
    expect(move({ cursor: 0, top: 3 }, 'up')).toEqual({ cursor: 0, top: 2 });
  });

  it('brings the whole of an item that wraps into view, and its first line going up', () => {
    const posts: RecordLine[] = [
      { text: 'Mentioned in (3)', role: 'accent' },
      { text: 'one', role: 'text', item: 0 },
      { text: 'one, more', role: 'text', item: 0, more: true },
      { text: 'one, end', role: 'text', item: 0, more: true },
      { text: 'two', role: 'text', item: 1 },
      { text: 'three', role: 'text', item: 2 },
      { text: 'three, end', role: 'text', item: 2, more: true },
    ];
    const move = (p: RecordPlace, a: Action) => moveInRecord(posts, p, a, 3);
    expect(move({ cursor: 1, top: 3 }, 'down')).toEqual({ cursor: 2, top: 4 });
    expect(move({ cursor: 1, top: 3 }, 'up')).toEqual({ cursor: 0, top: 0 });
  });
});
