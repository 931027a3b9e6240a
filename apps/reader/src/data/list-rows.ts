import { visible } from '../render/visible.ts';
import { type CatalogIndex, talkTitle } from './catalog-index.ts';
import { fuzzyMatch } from './fuzzy.ts';

export type Tab = 'posts' | 'talks' | 'speakers' | 'events';
export const TABS: readonly Tab[] = ['posts', 'talks', 'speakers', 'events'];

/** One line of a list: the title is what the filter matches and highlights. */
export type Row = {
  readonly id: string;
  /** Printable title (control characters already made visible). */
  readonly title: string;
  /** Printable secondary text: date, author, speakers, counts. */
  readonly detail: string;
  readonly date: string;
  readonly count: number;
};

export type FilteredRow = Row & { readonly positions: readonly number[] };

export type Sort = { readonly label: string; readonly compare: (a: Row, b: Row) => number };

const byTitle = (a: Row, b: Row) => a.title.localeCompare(b.title);
const byDateDesc = (a: Row, b: Row) => b.date.localeCompare(a.date) || byTitle(a, b);
const byCountDesc = (a: Row, b: Row) => b.count - a.count || byTitle(a, b);

/** The sort orders of each tab; `s` cycles through them, the first is the default. */
export const SORTS: Readonly<Record<Tab, readonly Sort[]>> = {
  posts: [
    { label: 'newest', compare: byDateDesc },
    { label: 'title', compare: byTitle },
    { label: 'longest', compare: byCountDesc },
  ],
  talks: [
    { label: 'most reported', compare: byCountDesc },
    { label: 'title', compare: byTitle },
  ],
  speakers: [
    { label: 'name', compare: byTitle },
    { label: 'most talks', compare: byCountDesc },
  ],
  events: [
    { label: 'newest', compare: byDateDesc },
    { label: 'name', compare: byTitle },
  ],
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function buildRows(index: CatalogIndex, tab: Tab): Row[] {
  const { catalog } = index;
  switch (tab) {
    case 'posts':
      return catalog.posts.map((p) => ({
        id: p.id,
        title: visible(p.title),
        detail: visible(
          [p.date?.slice(0, 10), p.author?.name, `${p.readingMinutes} min`]
            .filter(Boolean)
            .join(' · '),
        ),
        date: p.date ?? '',
        count: p.wordCount,
      }));
    case 'talks':
      return catalog.talks.map((t) => ({
        id: t.id,
        title: visible(talkTitle(t)),
        detail: visible(
          [
            t.speakers.map((s) => index.speakers.get(s)?.name ?? s).join(', '),
            plural(new Set(t.mentions.map((m) => m.post)).size, 'post'),
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        date: '',
        count: new Set(t.mentions.map((m) => m.post)).size,
      }));
    case 'speakers':
      return catalog.speakers.map((s) => ({
        id: s.id,
        title: visible(s.name),
        detail: visible(
          [s.affiliation, plural(s.talks.length, 'talk')].filter(Boolean).join(' · '),
        ),
        date: '',
        count: s.talks.length,
      }));
    case 'events':
      return catalog.events.map((e) => ({
        id: e.id,
        title: visible(e.name),
        detail: visible(
          [e.location, e.start, plural(index.shared.postsByEvent.get(e.id)?.length ?? 0, 'post')]
            .filter(Boolean)
            .join(' · '),
        ),
        date: e.start ?? String(e.year ?? ''),
        count: index.shared.talksByEvent.get(e.id)?.length ?? 0,
      }));
    default:
      return tab satisfies never;
  }
}

const rowCache = new WeakMap<CatalogIndex, Map<string, readonly Row[]>>();

/** The rows of a tab in a sort order, computed once per catalog. */
export function sortedRows(index: CatalogIndex, tab: Tab, sort: number): readonly Row[] {
  let cache = rowCache.get(index);
  if (!cache) {
    cache = new Map();
    rowCache.set(index, cache);
  }
  const key = `${tab}:${sort}`;
  let rows = cache.get(key);
  if (!rows) {
    const order = SORTS[tab][sort % SORTS[tab].length]!;
    rows = buildRows(index, tab).sort(order.compare);
    cache.set(key, rows);
  }
  return rows;
}

let lastFilter: { rows: readonly Row[]; query: string; result: readonly FilteredRow[] } | undefined;

/**
 * The rows that match a fuzzy query, best first; with an empty query, all rows in sort order.
 * The last result is kept, since the view and the key handler ask for the same list.
 */
export function filterRows(rows: readonly Row[], query: string): readonly FilteredRow[] {
  if (lastFilter && lastFilter.rows === rows && lastFilter.query === query)
    return lastFilter.result;
  let result: FilteredRow[];
  if (!query.trim()) result = rows.map((row) => ({ ...row, positions: [] }));
  else {
    const scored: { row: FilteredRow; score: number; order: number }[] = [];
    rows.forEach((row, order) => {
      const match = fuzzyMatch(query, row.title) ?? fuzzyMatch(query, `${row.title} ${row.detail}`);
      if (match) {
        const positions = match.positions.filter((p) => p < row.title.length);
        scored.push({ row: { ...row, positions }, score: match.score, order });
      }
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    result = scored.map((s) => s.row);
  }
  lastFilter = { rows, query, result };
  return result;
}
