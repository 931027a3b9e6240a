import { type Catalog, postAuthors } from '@confnotes/content/portable';
import { plural } from '../render/plural.ts';
import { visible } from '../render/visible.ts';
import { type CatalogIndex, talkTitle } from './catalog-index.ts';
import { foldText } from './fold.ts';
import { normalizeQuery, queryScore } from './fuzzy.ts';

export type Tab = 'posts' | 'talks' | 'speakers' | 'events';
export const TABS: readonly Tab[] = ['posts', 'talks', 'speakers', 'events'];

/** What each tab is called, in the title bar and over each list printed plainly. */
export const TAB_LABELS: Readonly<Record<Tab, string>> = {
  posts: 'Posts',
  talks: 'Talks',
  speakers: 'Speakers',
  events: 'Events',
};

/** One line of a list: the title is what the filter matches and highlights. */
export type Row = {
  readonly id: string;
  /** Printable title (control characters already made visible). */
  readonly title: string;
  /** Printable secondary text: date, author, speakers, counts. */
  readonly detail: string;
  readonly date: string;
  readonly count: number;
  /** Folded title (see `foldText`), what the filter scores first. */
  readonly lowerTitle: string;
  /** Folded other names (a speaker's aliases, a talk's other titles), scored as titles are. */
  readonly lowerNames?: readonly string[];
  /** Folded title and detail, scored when no name matches. */
  readonly lowerAll: string;
};

export type Sort = { readonly label: string; readonly compare: (a: Row, b: Row) => number };

// One collator for every comparison: String#localeCompare builds one per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byTitle = (a: Row, b: Row) => collator.compare(a.title, b.title);
const byDateDesc = (a: Row, b: Row) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byTitle(a, b));
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

function buildRows(index: CatalogIndex, tab: Tab): Row[] {
  return baseRows(index, tab).map(({ otherNames, ...row }) => ({
    ...row,
    lowerTitle: foldText(row.title),
    ...(otherNames.length ? { lowerNames: otherNames.map((n) => foldText(visible(n))) } : {}),
    lowerAll: foldText(`${row.title} ${row.detail}`),
  }));
}

type BaseRow = Omit<Row, 'lowerTitle' | 'lowerAll'> & {
  /** Other names the record goes by (a speaker's aliases, a talk's other titles), matched too. */
  readonly otherNames: readonly string[];
};

function baseRows(index: CatalogIndex, tab: Tab): BaseRow[] {
  const { catalog } = index;
  switch (tab) {
    case 'posts':
      return catalog.posts.map((p) => ({
        id: p.id,
        title: visible(p.title),
        detail: visible(
          // A draft is not published: said first, as the site leaves it out.
          [
            p.draft && 'draft',
            p.date?.slice(0, 10),
            postAuthors(p)
              .map((a) => a.name)
              .join(', '),
            `${p.readingMinutes} min`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        date: p.date ?? '',
        count: p.wordCount,
        otherNames: [],
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
        otherNames: t.altTitles,
      }));
    case 'speakers':
      return catalog.speakers.map((s) => ({
        id: s.id,
        title: visible(s.name),
        detail: visible([s.affiliation, speakerReach(s)].filter(Boolean).join(' · ')),
        date: '',
        count: s.talks.length,
        otherNames: s.aliases,
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
        otherNames: [],
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

type Filtered = {
  readonly query: string;
  /** The matching rows in sort order, what a longer query narrows. */
  readonly matched: readonly Row[];
  /** The matching rows best first. */
  readonly result: readonly Row[];
};
const filterCache = new WeakMap<readonly Row[], Filtered>();

/**
 * The rows that match a fuzzy query, best first (equal scores in sort order), or in sort order
 * when not `ranked`; with an empty query, all rows in sort order. While the user types, each
 * longer query only searches the rows the shorter one matched.
 */
export function filterRows(rows: readonly Row[], query: string, ranked = true): readonly Row[] {
  const q = normalizeQuery(query);
  if (!q) return rows;
  const cached = filterCache.get(rows);
  if (cached?.query === q) return ranked ? cached.result : cached.matched;
  // Every match of "abc" or "ab c" is a match of "ab": narrow the previous result when the
  // query grew.
  const pool = cached && q.startsWith(cached.query) ? cached.matched : rows;
  const matched: Row[] = [];
  const scores: number[] = [];
  for (const row of pool) {
    let score = queryScore(q, row.lowerTitle);
    // Another name scores as the title does, a little below it.
    for (const name of row.lowerNames ?? []) {
      if (score >= 0) break;
      const named = queryScore(q, name);
      if (named >= 0) score = Math.max(0, named - 50);
    }
    if (score < 0) {
      score = queryScore(q, row.lowerAll);
      if (score >= 0) score -= 500;
    }
    if (score >= 0) {
      matched.push(row);
      scores.push(score);
    }
  }
  const result = byScore(matched, scores);
  filterCache.set(rows, { query: q, matched, result });
  return ranked ? result : matched;
}

// Scores are multiples of 0.1 well inside ±2^20; a row's place in the pool fits in 24 bits.
const PLACES = 2 ** 24;

/**
 * The rows best score first, equal scores in the order given. Each (score, place) pair is packed
 * into one number and the numbers sorted natively: a comparator called 140,000 times for 10,000
 * rows costs more than the whole filter otherwise does.
 */
function byScore(rows: readonly Row[], scores: readonly number[]): Row[] {
  if (rows.length >= PLACES) {
    const order = Array.from(rows.keys()).sort((a, b) => scores[b]! - scores[a]!);
    return order.map((i) => rows[i]!);
  }
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    keys[i] = -Math.round(scores[i]! * 10) * PLACES + i;
  }
  keys.sort();
  const result = new Array<Row>(rows.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    result[i] = rows[key - Math.floor(key / PLACES) * PLACES]!;
  }
  return result;
}

/**
 * How much a speaker is on file: their talks, or, for one named in posts without a talk of
 * theirs on file (a companion, an organiser), the posts that name them, as the site says it,
 * where `0 talks` would read as if the speaker were there for nothing.
 */
function speakerReach(speaker: Catalog['speakers'][number]): string {
  const posts = new Set(speaker.mentions.map((m) => m.post)).size;
  if (speaker.talks.length || !posts) return plural(speaker.talks.length, 'talk');
  return `named in ${plural(posts, 'post')}`;
}
