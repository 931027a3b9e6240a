import { fullTextHits, fullTextReady } from './data/full-text.ts';
import { TABS } from './data/list-rows.ts';
import { searchMatches } from './document-search.ts';
import { fitListWindow, fitTop } from './fit-window.ts';
import { clamp, maxTop, type PagerState, pagerDoc, remapTop, reveal } from './pager.ts';
import { diagnosticLines } from './screens/diagnostic-lines.ts';
import { helpLineCount } from './screens/help-lines.ts';
import { bodyHeight, currentRows, type Model, type Route, type Size } from './state.ts';

/** The model at a new terminal size: each list and the open screen fitted to it. */
export function resize(model: Model, size: Size): Model {
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
export function fitRoute(model: Model, route: Route): Route {
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
    case 'find': {
      if (!model.index || !fullTextReady(model.index)) return route;
      // The selected hit stays in the window, as a list's selected row does.
      const hits = fullTextHits(model.index, route.query).hits.length;
      const { offset } = fitListWindow({ ...route, sort: 0 }, hits, height);
      return offset === route.offset ? route : { ...route, offset };
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
