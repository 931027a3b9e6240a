// Sorting every match of a query best first (filtering a list by text can match most records):
// a comparator sort calls back into JavaScript some n log n times, about 10 ms for 50,000
// matches; this is a radix sort on the scores' bits, a few passes over typed arrays.

const DIGIT = 16;
const BUCKETS = 1 << DIGIT;
/** Positions a packed key leaves room for: documents up to 2^31 times this stay below 2^53. */
const POSITIONS = 2 ** 21;

/**
 * The positions `0..n-1` of `docs` and `scores` ordered by score, highest first, then by document,
 * lowest first: what sorting with `(a, b) => scores[b] - scores[a] || docs[a] - docs[b]` gives.
 * Scores must be finite and not negative, documents distinct and at most 2^21 of them.
 * @example rankOrder(Int32Array.of(4, 2, 9), Float64Array.of(1, 3, 3)) // Int32Array [1, 2, 0]
 */
export function rankOrder(docs: Int32Array, scores: Float64Array): Int32Array {
  const n = docs.length;
  // First by document: each document and its position packed in one number (exact below 2^53),
  // sorted by the native numeric sort.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = docs[i]! * POSITIONS + i;
  keys.sort();
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % POSITIONS;
  // Then a stable sort by score, descending: least significant 16 bits first. For scores of 0 or
  // more, the IEEE 754 bits compare as the numbers do; inverted, ascending bits are descending
  // scores.
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  let next = new Int32Array(n);
  const counts = new Int32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = (pass % 2) * DIGIT;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      counts[(~bits[order[i]! * 2 + word]! >>> shift) & (BUCKETS - 1)]!++;
    }
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b]!;
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      next[counts[(~bits[at * 2 + word]! >>> shift) & (BUCKETS - 1)]!++] = at;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
