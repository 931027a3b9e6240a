// What the reader holds: the screen shown, each list's filter and cursor, what is being typed.
// Only `update` in model.ts makes a new one.
import type { Catalog, Diagnostic } from '@confnotes/content/portable';
import type { CatalogIndex } from './data/catalog-index.ts';
import { filterRows, sortedRows, type Tab } from './data/list-rows.ts';
import type { RecordKind } from './data/record-items.ts';
import type { KeyPress } from './key-presses.ts';
import type { Action } from './keys.ts';
import type { Selection } from './list-selection.ts';
import type { PagerState } from './pager.ts';

export type Size = { readonly columns: number; readonly rows: number };
export type ListState = {
  readonly query: string;
  readonly cursor: number;
  readonly offset: number;
  readonly sort: number;
  /** While a filter is active, the matches are in the sort order rather than best first. */
  readonly sorted?: boolean;
};

export type Route =
  | { readonly screen: 'list' }
  | PagerState
  | RecordRoute
  | FindRoute
  | { readonly screen: 'help'; readonly top: number }
  | { readonly screen: 'diagnostics'; readonly top: number };

/** A talk, speaker or event: the selected item and the first line in the window. */
export type RecordRoute = {
  readonly screen: RecordKind;
  readonly id: string;
  readonly cursor: number;
  readonly top: number;
};

/** Words searched in the text of every record: the words, the selected hit, the window's first. */
export type FindRoute = {
  readonly screen: 'find';
  readonly query: string;
  readonly cursor: number;
  readonly offset: number;
};

export type Input = {
  readonly kind: 'filter' | 'search' | 'find';
  readonly text: string;
  /** The row selected when a filter began, selected again if the filter is cancelled. */
  readonly from?: Selection;
};

export type Model = {
  readonly status: 'loading' | 'ready' | 'failed';
  /** What loading is doing, e.g. "Reading 120 of 10000 posts". */
  readonly progress: string;
  readonly error?: string;
  readonly index?: CatalogIndex;
  readonly diagnostics: readonly Diagnostic[];
  readonly size: Size;
  /** Print link targets after their text, for terminals without OSC 8 hyperlinks. */
  readonly showUrls: boolean;
  readonly tab: Tab;
  readonly lists: Readonly<Record<Tab, ListState>>;
  readonly route: Route;
  /** Routes to go back to, the most recent last. */
  readonly history: readonly Route[];
  /** Set while the user types a filter or a search. */
  readonly input?: Input;
  /** A one-line message for the status bar, cleared by the next key. */
  readonly flash?: string;
  /** Keys typed while the catalog loads, pressed in order once it is read. */
  readonly held: readonly KeyPress[];
};

export type Msg =
  | { readonly type: 'progress'; readonly message: string }
  | {
      readonly type: 'loaded';
      readonly catalog: Catalog;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly type: 'failed'; readonly message: string }
  /** The check that finishes after the first frame found these records wrong. */
  | { readonly type: 'checked'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly type: 'resize'; readonly columns: number; readonly rows: number }
  | { readonly type: 'action'; readonly action: Action }
  | { readonly type: 'typed'; readonly text: string }
  | { readonly type: 'flash'; readonly text: string }
  /** Keys typed before the catalog is read, to press once it is. */
  | { readonly type: 'hold'; readonly presses: readonly KeyPress[] }
  /** The text of the catalog is indexed: the find screen can search it. */
  | { readonly type: 'indexed' }
  /** Code blocks can be coloured by syntax: the open post is laid out again. */
  | { readonly type: 'codeColours' };

const emptyList: ListState = { query: '', cursor: 0, offset: 0, sort: 0 };

export function initialModel(size: Size, options: { showUrls: boolean }): Model {
  return {
    status: 'loading',
    progress: 'Starting',
    diagnostics: [],
    size,
    showUrls: options.showUrls,
    tab: 'posts',
    lists: { posts: emptyList, talks: emptyList, speakers: emptyList, events: emptyList },
    route: { screen: 'list' },
    history: [],
    held: [],
  };
}

/** Rows available to a screen's content: one line of title bar above, one status line below. */
export const bodyHeight = (size: Size) => Math.max(1, size.rows - 2);

/** The rows the current list shows: filtered, sorted. */
export function currentRows(model: Model, tab: Tab = model.tab) {
  if (!model.index) return [];
  const list = model.lists[tab];
  return filterRows(sortedRows(model.index, tab, list.sort), list.query, !list.sorted);
}
