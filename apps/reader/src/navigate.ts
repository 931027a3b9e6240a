import { type RecordKind as CheckedKind, recordProblem } from './data/catalog-check.ts';
import type { Row } from './data/list-rows.ts';
import { fitRoute } from './fit-route.ts';
import { reselect, type Selection, selectionOf } from './list-selection.ts';
import { clamp, lineOfFileLine, maxTop, type PagerState, pagerDoc } from './pager.ts';
import { bodyHeight, currentRows, type ListState, type Model, type Route } from './state.ts';

/** Goes to `route`, the current one kept to go back to; a record failing its schema is refused. */
export function go(model: Model, route: Route): Model {
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

/** The row a filter starts from, to select again if the filter is cancelled. */
export const withSelection = (list: ListState, rows: readonly Row[]) => {
  const from = selectionOf(list, rows);
  return from ? { from } : {};
};

/** The current list without its filter, `selection` still selected. */
export function clearFilter(model: Model, selection: Selection | undefined): Model {
  const list = model.lists[model.tab];
  const rows = currentRows({
    ...model,
    lists: { ...model.lists, [model.tab]: { ...list, query: '' } },
  });
  // The next filter starts with the best matches first again.
  const cleared = reselect({ ...list, sorted: false }, '', rows, selection, bodyHeight(model.size));
  return { ...model, lists: { ...model.lists, [model.tab]: cleared } };
}

/** Back to the previous screen; on the list with no screen before, clears its filter. */
export function back(model: Model): Model {
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
