import type { SearchHitType } from '@confnotes/content/portable';
import type { Snapshot } from '../snapshot.ts';
import { type SortValue, sortedBy } from './sort.ts';

export interface Selection<T> {
  readonly snapshot: Snapshot;
  /** Name of the list, for memoising its sorted orders. */
  readonly list: string;
  readonly type: SearchHitType | undefined;
  readonly items: readonly T[];
  readonly id: (item: T) => string;
  /** The item with an id, from the snapshot's maps (not rebuilt per request). */
  readonly byId: (id: string) => T | undefined;
  readonly sort: string | undefined;
  readonly defaultSort: string;
  readonly sortValues: Record<string, SortValue<T>>;
  /** Free-text filter, through the shared search index. */
  readonly q: string | undefined;
  readonly filters: readonly ((item: T) => boolean)[];
}

/** Text-ranked lists kept per snapshot, most recently used last. */
const RANKED_LISTS = 16;
const ranked = new WeakMap<Snapshot, Map<string, readonly unknown[]>>();

function rankedLists(snapshot: Snapshot): Map<string, readonly unknown[]> {
  let lists = ranked.get(snapshot);
  if (!lists) {
    lists = new Map();
    ranked.set(snapshot, lists);
  }
  return lists;
}

/**
 * The records of a list that pass every filter, in the order asked for; with `q` and no `sort`,
 * best match first.
 */
export function select<T>(selection: Selection<T>): readonly T[] {
  const { snapshot, q } = selection;
  const filters = [...selection.filters];
  const keep = (item: T) => filters.every((filter) => filter(item));
  if (q !== undefined) {
    // Ranked by the text alone, a list is the same for every page: kept for the next page.
    const memoKey = `${selection.list}\u0000${q}`;
    const unfiltered = selection.sort === undefined && filters.length === 0;
    const memo = unfiltered ? rankedLists(snapshot) : undefined;
    const cached = memo?.get(memoKey);
    if (cached) {
      memo!.delete(memoKey);
      memo!.set(memoKey, cached);
      return cached as readonly T[];
    }
    const matches = snapshot.search.match(q, selection.type ? { types: [selection.type] } : {});
    if (selection.sort === undefined) {
      const ranked: T[] = [];
      for (const match of matches) {
        const item = selection.byId(match.id);
        if (item !== undefined && keep(item)) ranked.push(item);
      }
      if (memo) {
        memo.set(memoKey, ranked);
        if (memo.size > RANKED_LISTS) memo.delete(memo.keys().next().value!);
      }
      return ranked;
    }
    const matched = new Set(matches.map((match) => match.id));
    filters.push((item) => matched.has(selection.id(item)));
  }
  const sorted = sortedBy(
    snapshot,
    selection.list,
    selection.items,
    selection.sort ?? selection.defaultSort,
    selection.sortValues,
  );
  return filters.length === 0 ? sorted : sorted.filter(keep);
}
