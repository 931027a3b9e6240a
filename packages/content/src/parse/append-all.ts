// `target.push(...items)` passes every item as an argument, on the stack: past about 100,000 (a
// front-matter list, the diagnostics of a hostile article, the findings of a large catalog) it
// throws "Maximum call stack size exceeded", and one article would stop the whole build.

/**
 * Appends `items` to `target`, however many there are, and returns `target`.
 * @example appendAll([1], [2, 3]) // [1, 2, 3]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
