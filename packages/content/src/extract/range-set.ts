import type { Range } from './hits.ts';

// A paragraph can name thousands of talks (a hostile article does, in a few hundred kilobytes):
// asking each new hit against every hit before it would take quadratic time, minutes for one
// article. These answer the same questions in logarithmic or constant time.

/**
 * Fixed ranges, asked whether any of them overlaps a range (shares a position with it, as
 * `a.start < b.end && b.start < a.end`): sorted by start, each with the furthest end of those
 * before it, so that a question is one binary search.
 * @example new RangeSet([{ start: 0, end: 4 }]).overlaps({ start: 3, end: 9 }) // true
 */
export class RangeSet {
  readonly #starts: number[];
  readonly #reach: number[];

  constructor(ranges: Iterable<Range>) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.#starts = sorted.map((r) => r.start);
    let reach = Number.NEGATIVE_INFINITY;
    this.#reach = sorted.map((r) => {
      reach = Math.max(reach, r.end);
      return reach;
    });
  }

  /** Whether a range of the set overlaps `range`. */
  overlaps(range: Range): boolean {
    // The ranges that start before `range` ends; one of them overlaps it when it ends after
    // `range` starts.
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! < range.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.#reach[lo - 1]! > range.start;
  }
}

/**
 * The titles a pattern has found in a block so far, asked whether one holds all of a range. A
 * pattern finds them in the order of the text, so a range that ends past every title so far is
 * held by none, and the titles are searched only when one reaches that far.
 * @example const titles = new HeldTitles(); titles.add({ start: 0, end: 9 }); titles.holds({ start: 2, end: 5 }) // true
 */
export class HeldTitles {
  #reach = Number.NEGATIVE_INFINITY;
  readonly #titles: Range[] = [];

  holds(range: Range): boolean {
    return (
      this.#reach >= range.end &&
      this.#titles.some((t) => t.start <= range.start && t.end >= range.end)
    );
  }

  add(range: Range): void {
    this.#titles.push(range);
    this.#reach = Math.max(this.#reach, range.end);
  }
}
