// Sorted orders of a list are computed once per snapshot and sort key, then filtered per
// request: filtering keeps order, and re-sorting 10,000 posts on every request would not.

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What a list can be sorted by: a value per record; null, undefined and '' sort last. */
export type SortValue<T> = (item: T) => string | number | null | undefined;

/**
 * The sort parameter values of a list: `title` ascending, `-title` descending.
 * @example sortKeys(['title']) // ['title', '-title']
 */
export function sortKeys<const K extends string>(keys: readonly K[]) {
  return keys.flatMap((key) => [key, `-${key}` as const]) as [K | `-${K}`, ...(K | `-${K}`)[]];
}

const missing = (value: unknown) => value === null || value === undefined || value === '';

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Replaces string values by their rank among the distinct values, collator-equal ones sharing a
 * rank: the collator then runs once per distinct value rather than once per comparison (50,000
 * posts share a few thousand dates), and the order is the same.
 */
function rankStrings(keyed: { value: string | number | null | undefined }[]): void {
  if (!keyed.every((entry) => missing(entry.value) || typeof entry.value === 'string')) return;
  const distinct = [...new Set(keyed.map((entry) => entry.value).filter((v) => !missing(v)))];
  distinct.sort((a, b) => collator.compare(a as string, b as string));
  const ranks = new Map<unknown, number>();
  let rank = 0;
  distinct.forEach((current, i) => {
    if (i > 0 && collator.compare(distinct[i - 1] as string, current as string) !== 0) rank++;
    ranks.set(current, rank);
  });
  for (const entry of keyed) if (!missing(entry.value)) entry.value = ranks.get(entry.value)!;
}

const memo = new WeakMap<object, Map<string, readonly unknown[]>>();

/**
 * The items sorted by a key (`name` or `-name`), memoised on the `owner` object (a snapshot).
 * Missing values stay last in both directions and ties keep catalog order, so pages never
 * shuffle between requests.
 */
export function sortedBy<T>(
  owner: object,
  list: string,
  items: readonly T[],
  key: string,
  values: Record<string, SortValue<T>>,
): readonly T[] {
  let lists = memo.get(owner);
  if (!lists) {
    lists = new Map();
    memo.set(owner, lists);
  }
  const memoKey = `${list}:${key}`;
  const cached = lists.get(memoKey);
  if (cached) return cached as readonly T[];
  const descending = key.startsWith('-');
  const value = values[descending ? key.slice(1) : key];
  if (!value) throw new Error(`No sort value for key ${key}`);
  const keyed = items.map((item, position) => ({ item, position, value: value(item) }));
  rankStrings(keyed);
  keyed.sort((a, b) => {
    const aMissing = missing(a.value);
    const bMissing = missing(b.value);
    if (aMissing || bMissing) {
      return aMissing === bMissing ? a.position - b.position : aMissing ? 1 : -1;
    }
    const order = compareValues(a.value as string | number, b.value as string | number);
    return order !== 0 ? (descending ? -order : order) : a.position - b.position;
  });
  const sorted = keyed.map((entry) => entry.item);
  lists.set(memoKey, sorted);
  return sorted;
}
