/** Two lists sorted by `order` as one: each of `few` is put in its place by binary search. */
export function mergeSorted<T>(
  many: readonly T[],
  few: readonly T[],
  order: (a: T, b: T) => number,
): T[] {
  const out: T[] = [];
  let from = 0;
  for (const x of few) {
    let lo = from;
    let hi = many.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(many[mid]!, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(many[i]!);
    out.push(x);
    from = lo;
  }
  for (let i = from; i < many.length; i++) out.push(many[i]!);
  return out;
}
