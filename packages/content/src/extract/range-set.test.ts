import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Range } from './hits.ts';
import { HeldTitles, RangeSet } from './range-set.ts';

// The quick answers must be the answers of the plain search they replace, for any ranges.
const range = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([start, length]): Range => ({ start, end: start + length }));
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

describe('RangeSet', () => {
  it('says a range overlaps one of the set exactly when one does', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 30 }),
        fc.array(range, { maxLength: 30 }),
        (set, asked) => {
          const ranges = new RangeSet(set);
          for (const r of asked) expect(ranges.overlaps(r)).toBe(set.some((s) => overlaps(s, r)));
        },
      ),
    );
  });

  it('has nothing to overlap when empty', () => {
    expect(new RangeSet([]).overlaps({ start: 0, end: 5 })).toBe(false);
  });
});

describe('HeldTitles', () => {
  it('says a title holds a range exactly when one added so far does, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(range, fc.boolean()), { maxLength: 40 }), (steps) => {
        const titles = new HeldTitles();
        const added: Range[] = [];
        for (const [r, add] of steps) {
          const held = added.some((t) => t.start <= r.start && t.end >= r.end);
          expect(titles.holds(r)).toBe(held);
          if (add) {
            titles.add(r);
            added.push(r);
          }
        }
      }),
    );
  });
});
