// How a query word finds the terms of the index: by prefix, a range of the sorted terms, and
// by typo, an edit distance within a bound.

/** The first index of `terms` (sorted) not below `prefix`. */
export function lowerBound(terms: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Two rows of the edit-distance table, reused across calls: the typo scan runs over the whole
// vocabulary, and allocating per term would cost more than the comparisons.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Whether the Levenshtein distance of `a` and `b` is at most `max`, giving up early. */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]! <= max;
}
