/**
 * The records a page of a list relates to, each once, in the order the page first names them:
 * what a list embeds under `included` (pretalx's `expand`, Ghost's `include` on lists), so a
 * client showing a page of talks with their speakers' names makes one request, not one per talk.
 * @example uniqueRelated(talks, (talk) => speakersOf(talk)).map((s) => s.id) // ['ann-lee', 'bo-li']
 */
export function uniqueRelated<T, R extends { readonly id: string }>(
  page: readonly T[],
  related: (item: T) => readonly R[],
): R[] {
  const seen = new Map<string, R>();
  for (const item of page) for (const record of related(item)) seen.set(record.id, record);
  return [...seen.values()];
}
