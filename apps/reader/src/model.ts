import type { Catalog, Diagnostic } from '@confnotes/content/portable';
import { type RecordKind as CheckedKind, recordProblem } from './data/catalog-check.ts';
import { type CatalogIndex, indexCatalog } from './data/catalog-index.ts';
import { filterRows, type Row, SORTS, sortedRows, TABS, type Tab } from './data/list-rows.ts';
import { flatItems, type RecordKind, recordView } from './data/record-items.ts';
import { fitListWindow, fitTop } from './fit-window.ts';
import type { Action } from './keys.ts';
import { reselect, type Selection, selectionOf } from './list-selection.ts';
import {
  clamp,
  lineOfFileLine,
  maxTop,
  nextFromWindow,
  nextTarget,
  type PagerState,
  pagerDoc,
  remapTop,
  reveal,
  searchMatches,
} from './pager.ts';
import { endSearch, startSearch, typeSearch } from './pager-search.ts';
import { moveInRecord } from './record-scroll.ts';
import { diagnosticLines } from './screens/diagnostic-lines.ts';
import { helpLineCount } from './screens/help-lines.ts';
import { recordLines } from './screens/record-lines.ts';

// The whole state of the reader and the one pure function that changes it, as glow has it:
// screens render a Model, keys and side effects become Msgs, `update` returns the next Model.

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
  | { readonly screen: 'help'; readonly top: number }
  | { readonly screen: 'diagnostics'; readonly top: number };

/** A talk, speaker or event: the selected item and the first line in the window. */
export type RecordRoute = {
  readonly screen: RecordKind;
  readonly id: string;
  readonly cursor: number;
  readonly top: number;
};

export type Input = {
  readonly kind: 'filter' | 'search';
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
  | { readonly type: 'flash'; readonly text: string };

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

export function update(model: Model, msg: Msg): Model {
  switch (msg.type) {
    case 'progress':
      return { ...model, progress: msg.message };
    case 'loaded': {
      const diagnostics = [...msg.diagnostics];
      for (const d of msg.catalog.diagnostics) {
        if (!diagnostics.some((x) => x.file === d.file && x.line === d.line && x.code === d.code)) {
          diagnostics.push(d);
        }
      }
      return { ...model, status: 'ready', index: indexCatalog(msg.catalog), diagnostics };
    }
    case 'failed':
      return { ...model, status: 'failed', error: msg.message };
    case 'checked': {
      const n = msg.diagnostics.length;
      if (!n) return model;
      return {
        ...model,
        diagnostics: [...model.diagnostics, ...msg.diagnostics],
        flash: `${n} record${n === 1 ? ' does' : 's do'} not match the catalog schema: press ! to see ${n === 1 ? 'it' : 'them'}`,
      };
    }
    case 'resize':
      return resize(model, { columns: msg.columns, rows: msg.rows });
    case 'flash':
      return { ...model, flash: msg.text };
    case 'typed':
      return typed(model, msg.text);
    case 'action': {
      const { flash: _, ...rest } = model;
      return act(rest, msg.action);
    }
    default:
      return msg satisfies never;
  }
}

function resize(model: Model, size: Size): Model {
  const height = bodyHeight(size);
  const lists = { ...model.lists };
  for (const tab of TABS) {
    const list = lists[tab];
    // A window at the top that shows its cursor needs no count of the rows.
    if (list.offset === 0 && list.cursor < height) continue;
    lists[tab] = fitListWindow(list, currentRows(model, tab).length, height);
  }
  const next = { ...model, size, lists };
  return { ...next, route: fitRoute(next, model.route) };
}

/** A route as it should show at the model's size, which may have changed since it was left. */
function fitRoute(model: Model, route: Route): Route {
  const height = bodyHeight(model.size);
  switch (route.screen) {
    case 'post':
      return fitPager(model, route);
    case 'help':
      return { ...route, top: fitTop(route.top, helpLineCount(model.size.columns), height) };
    case 'diagnostics': {
      const length = diagnosticLines(model.diagnostics, model.size.columns).length;
      return { ...route, top: fitTop(route.top, length, height) };
    }
    default:
      return route;
  }
}

/** Maps a pager state computed at another width to the current layout. */
function fitPager(model: Model, state: PagerState): PagerState {
  const { index, size, showUrls } = model;
  if (!index) return state;
  const doc = pagerDoc(index, state.id, size.columns, showUrls);
  if (!doc) return state;
  const height = bodyHeight(size);
  const last = maxTop(doc.lines.length, height);
  if (state.width === size.columns) return { ...state, top: clamp(state.top, 0, last) };
  const old = pagerDoc(index, state.id, state.width, showUrls);
  if (!old) return { ...state, width: size.columns, top: clamp(state.top, 0, last) };
  let top = clamp(remapTop(old, doc, state.top), 0, last);
  // What the reader was looking at (the current match, the selected link) stays in view.
  const wasShown = (line: number) => line >= state.top && line < state.top + height;
  let match = state.match;
  const oldMatch = searchMatches(old, state.search)[state.match];
  if (oldMatch) {
    const from = remapTop(old, doc, oldMatch.line);
    const matches = searchMatches(doc, state.search);
    match = Math.max(
      0,
      matches.findIndex((m) => m.line >= from),
    );
    const line = matches[match]?.line;
    if (line !== undefined && wasShown(oldMatch.line))
      top = reveal(top, line, height, doc.lines.length);
  }
  const oldTarget = old.targets[state.focus];
  const target = doc.targets[state.focus];
  if (oldTarget && target && wasShown(oldTarget.line)) {
    top = reveal(top, target.line, height, doc.lines.length);
  }
  const fitted: PagerState = { ...state, width: size.columns, top, match };
  if (state.searchFrom === undefined) return fitted;
  return { ...fitted, searchFrom: clamp(remapTop(old, doc, state.searchFrom), 0, last) };
}

function typed(model: Model, text: string): Model {
  if (!model.input) return model;
  return setInput(model, model.input.text + text);
}

function setInput(model: Model, text: string): Model {
  const input = model.input;
  if (!input) return model;
  if (input.kind === 'filter') {
    const lists = {
      ...model.lists,
      [model.tab]: { ...model.lists[model.tab], query: text, cursor: 0, offset: 0 },
    };
    return { ...model, input: { ...input, text }, lists };
  }
  if (model.route.screen !== 'post' || !model.index) return model;
  const doc = pagerDoc(model.index, model.route.id, model.size.columns, model.showUrls);
  if (!doc) return model;
  const route = typeSearch(doc, model.route, text, bodyHeight(model.size));
  return { ...model, input: { ...input, text }, route };
}

function go(model: Model, route: Route): Model {
  if (route.screen === 'talk' || route.screen === 'speaker' || route.screen === 'event') {
    const refused = unsound(model, route.screen, route.id);
    if (refused) return refused;
  }
  return { ...model, history: [...model.history, model.route], route };
}

/**
 * A model with a message instead of the record when the record fails its schema: the catalog is
 * checked after the first frame, and a record opened before the check reached it is checked now.
 */
function unsound(model: Model, kind: CheckedKind, id: string): Model | undefined {
  const index = model.index;
  const record =
    kind === 'post'
      ? index?.posts.get(id)
      : kind === 'talk'
        ? index?.talks.get(id)
        : kind === 'speaker'
          ? index?.speakers.get(id)
          : index?.events.get(id);
  const problem = record && recordProblem(kind, record);
  if (!problem) return undefined;
  return { ...model, flash: `This ${kind} cannot be shown (${problem}): see ! diagnostics` };
}

const withSelection = (list: ListState, rows: readonly Row[]) => {
  const from = selectionOf(list, rows);
  return from ? { from } : {};
};

/** The current list without its filter, `selection` still selected. */
function clearFilter(model: Model, selection: Selection | undefined): Model {
  const list = model.lists[model.tab];
  const rows = currentRows({
    ...model,
    lists: { ...model.lists, [model.tab]: { ...list, query: '' } },
  });
  // The next filter starts with the best matches first again.
  const cleared = reselect({ ...list, sorted: false }, '', rows, selection, bodyHeight(model.size));
  return { ...model, lists: { ...model.lists, [model.tab]: cleared } };
}

function back(model: Model): Model {
  const previous = model.history.at(-1);
  if (!previous) {
    const list = model.lists[model.tab];
    if (model.route.screen === 'list' && list.query) {
      return clearFilter(model, selectionOf(list, currentRows(model)));
    }
    return model;
  }
  const route = fitRoute(model, previous);
  return { ...model, history: model.history.slice(0, -1), route };
}

/** Opens a post, at the line of its file a mention is on when `fileLine` is given. */
export function openPost(model: Model, id: string, at?: { fileLine: number; ref?: string }): Model {
  const { index, size, showUrls } = model;
  const post = index?.posts.get(id);
  if (!index || !post) return { ...model, flash: `No post with id ${id}` };
  const refused = unsound(model, 'post', id);
  if (refused) return refused;
  const doc = pagerDoc(index, id, size.columns, showUrls)!;
  let top = 0;
  let focus = -1;
  if (at) {
    const line = lineOfFileLine(doc, at.fileLine, post.source.bodyLine);
    let best = Number.POSITIVE_INFINITY;
    doc.targets.forEach((t, i) => {
      const distance = Math.abs(t.line - line);
      if ((at.ref === undefined || t.ref === at.ref) && distance < best) {
        best = distance;
        focus = i;
      }
    });
    // The mention may be far into a long paragraph: the window shows the mention itself.
    const shown = doc.targets[focus]?.line ?? line;
    top = clamp(shown - 2, 0, maxTop(doc.lines.length, bodyHeight(size)));
  }
  const route: PagerState = {
    screen: 'post',
    id,
    top,
    width: size.columns,
    search: '',
    match: -1,
    focus,
  };
  const opened = go(model, route);
  return doc.error
    ? { ...opened, flash: `This article could not be laid out: ${doc.error}` }
    : opened;
}

function act(model: Model, action: Action): Model {
  if (model.input) return inputAction(model, action);
  switch (action) {
    case 'help':
      return model.route.screen === 'help' ? back(model) : go(model, { screen: 'help', top: 0 });
    case 'diagnostics':
      if (model.route.screen === 'diagnostics') return back(model);
      // Until the catalog is read there is nothing to list: "no diagnostics" would be untrue.
      return model.status !== 'ready' ? model : go(model, { screen: 'diagnostics', top: 0 });
    case 'back':
      return back(model);
    default:
      break;
  }
  const route = model.route;
  // Help needs no catalog: it scrolls while the catalog loads.
  if (model.status !== 'ready' && route.screen !== 'help') return model;
  switch (route.screen) {
    case 'list':
      return listAction(model, action);
    case 'post':
      return pagerAction(model, route, action);
    case 'talk':
    case 'speaker':
    case 'event':
      return recordAction(model, route, action);
    case 'help':
      return {
        ...model,
        route: {
          ...route,
          top: scroll(route.top, action, helpLineCount(model.size.columns), bodyHeight(model.size)),
        },
      };
    case 'diagnostics':
      return {
        ...model,
        route: {
          ...route,
          top: scroll(
            route.top,
            action,
            diagnosticLines(model.diagnostics, model.size.columns).length,
            bodyHeight(model.size),
          ),
        },
      };
    default:
      return route satisfies never;
  }
}

function inputAction(model: Model, action: Action): Model {
  const input = model.input!;
  switch (action) {
    case 'accept': {
      const route = model.route;
      if (route.screen !== 'post') return { ...model, input: undefined };
      const accepted: Model = { ...model, input: undefined, route: endSearch(route, false) };
      // Say so now that the search is done, not only at the next n.
      if (input.kind === 'search' && route.search && route.match < 0) {
        return { ...accepted, flash: `No match for "${route.search}"` };
      }
      return accepted;
    }
    case 'cancel': {
      if (input.kind === 'filter') return { ...clearFilter(model, input.from), input: undefined };
      const cleared = setInput(model, '');
      const route = cleared.route;
      if (route.screen !== 'post') return { ...cleared, input: undefined };
      return { ...cleared, input: undefined, route: endSearch(route, true) };
    }
    case 'erase':
      return setInput(model, [...input.text].slice(0, -1).join(''));
    case 'erase-word':
      // As readline's Ctrl+W: the spaces before the end, then the word before them.
      return setInput(model, input.text.replace(/\S*\s*$/u, ''));
    case 'clear':
      return setInput(model, '');
    case 'down':
    case 'up':
      return input.kind === 'filter' ? listAction(model, action) : model;
    default:
      return model;
  }
}

/** A new position after a scrolling action, within `[0, length - height]`. */
export function scroll(position: number, action: Action, length: number, height: number): number {
  const last = maxTop(length, height);
  const step: Partial<Record<Action, number>> = {
    down: 1,
    up: -1,
    'page-down': height,
    'page-up': -height,
    'half-down': Math.ceil(height / 2),
    'half-up': -Math.ceil(height / 2),
  };
  if (action === 'top') return 0;
  if (action === 'bottom') return last;
  const delta = step[action];
  return delta === undefined ? position : clamp(position + delta, 0, last);
}

function listAction(model: Model, action: Action): Model {
  const tabIndex = TABS.indexOf(model.tab);
  const switchTab = (tab: Tab): Model => ({ ...model, tab });
  const list = model.lists[model.tab];
  const rows = currentRows(model);
  const height = bodyHeight(model.size);
  const setList = (next: Partial<ListState>): Model => {
    const merged = { ...list, ...next };
    // Keep the cursor inside the window.
    let offset = merged.offset;
    if (merged.cursor < offset) offset = merged.cursor;
    if (merged.cursor >= offset + height) offset = merged.cursor - height + 1;
    return { ...model, lists: { ...model.lists, [model.tab]: { ...merged, offset } } };
  };
  switch (action) {
    case 'next-tab':
      return switchTab(TABS[(tabIndex + 1) % TABS.length]!);
    case 'prev-tab':
      return switchTab(TABS[(tabIndex + TABS.length - 1) % TABS.length]!);
    case 'tab-posts':
      return switchTab('posts');
    case 'tab-talks':
      return switchTab('talks');
    case 'tab-speakers':
      return switchTab('speakers');
    case 'tab-events':
      return switchTab('events');
    case 'filter':
      return {
        ...model,
        input: { kind: 'filter', text: list.query, ...withSelection(list, rows) },
      };
    case 'sort': {
      const last = SORTS[model.tab].length - 1;
      // With a filter, best match comes first in the cycle, then each sort order.
      if (list.query && !list.sorted)
        return setList({ sorted: true, sort: 0, cursor: 0, offset: 0 });
      if (list.query && list.sort === last) {
        return setList({ sorted: false, sort: 0, cursor: 0, offset: 0 });
      }
      return setList({ sort: list.sort === last ? 0 : list.sort + 1, cursor: 0, offset: 0 });
    }
    case 'open': {
      const row = rows[list.cursor];
      if (!row) return model;
      if (model.tab === 'posts') return openPost(model, row.id);
      const screen =
        model.tab === 'talks' ? 'talk' : model.tab === 'speakers' ? 'speaker' : 'event';
      return go(model, { screen, id: row.id, cursor: 0, top: 0 });
    }
    default: {
      // Moving the cursor: a list of n rows scrolls like a document of n + height - 1 lines.
      const cursor = scroll(list.cursor, action, rows.length + height - 1, height);
      return cursor === list.cursor
        ? model
        : setList({ cursor: Math.min(cursor, Math.max(0, rows.length - 1)) });
    }
  }
}

function pagerAction(model: Model, state: PagerState, action: Action): Model {
  const doc = pagerDoc(model.index!, state.id, model.size.columns, model.showUrls);
  if (!doc) return model;
  const height = bodyHeight(model.size);
  const lines = doc.lines.length;
  const set = (next: Partial<PagerState>): Model => ({ ...model, route: { ...state, ...next } });
  switch (action) {
    case 'search':
      return { ...model, route: startSearch(state), input: { kind: 'search', text: '' } };
    case 'next-match':
    case 'prev-match': {
      const matches = searchMatches(doc, state.search);
      if (!matches.length)
        return {
          ...model,
          flash: state.search ? `No match for "${state.search}"` : 'Press / to search',
        };
      const match = nextFromWindow(
        matches.map((m) => m.line),
        state.match,
        { top: state.top, height },
        action === 'next-match',
      );
      return set({ match, top: reveal(state.top, matches[match]!.line, height, lines) });
    }
    case 'next-link':
    case 'prev-link': {
      const n = doc.targets.length;
      if (!n) return { ...model, flash: 'This post names no talk, speaker or link' };
      const focus = nextTarget(doc, state, height, action === 'next-link');
      return set({ focus, top: reveal(state.top, doc.targets[focus]!.line, height, lines) });
    }
    case 'open': {
      const target = doc.targets[state.focus];
      if (!target) return { ...model, flash: 'Press Tab to select a talk, speaker or link first' };
      if (target.kind === 'url') return model;
      return go(model, { screen: target.kind, id: target.ref, cursor: 0, top: 0 });
    }
    default:
      return set({ top: scroll(state.top, action, lines, height) });
  }
}

function recordAction(model: Model, route: RecordRoute, action: Action): Model {
  const view = recordView(model.index!, route.screen, route.id);
  const items = view ? flatItems(view) : [];
  if (action === 'open') {
    const item = items[route.cursor];
    if (!item || item.kind === 'url') return model;
    if (item.kind === 'post') {
      return openPost(
        model,
        item.id,
        item.line === undefined ? undefined : { fileLine: item.line, ref: route.id },
      );
    }
    return go(model, { screen: item.kind, id: item.id, cursor: 0, top: 0 });
  }
  if (!view) return model;
  const lines = recordLines(view, model.size.columns);
  return {
    ...model,
    route: { ...route, ...moveInRecord(lines, route, action, bodyHeight(model.size)) },
  };
}

/** The URL the selected thing points to, if it is a web link (for `o` and Enter). */
export function selectedUrl(model: Model): string | undefined {
  const { route, index } = model;
  if (!index) return undefined;
  if (route.screen === 'post') {
    const doc = pagerDoc(index, route.id, model.size.columns, model.showUrls);
    const target = doc?.targets[route.focus];
    return target?.kind === 'url' ? target.ref : undefined;
  }
  if (route.screen === 'talk' || route.screen === 'speaker' || route.screen === 'event') {
    const view = recordView(index, route.screen, route.id);
    const item = view ? flatItems(view)[route.cursor] : undefined;
    return item?.kind === 'url' ? item.id : undefined;
  }
  return undefined;
}
