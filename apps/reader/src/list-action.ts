import { SORTS, TABS, type Tab } from './data/list-rows.ts';
import { startFind } from './find-action.ts';
import type { Action } from './keys.ts';
import { reselect, selectionOf } from './list-selection.ts';
import { go, openPost, withSelection } from './navigate.ts';
import { scroll } from './scroll.ts';
import { bodyHeight, currentRows, type ListState, type Model } from './state.ts';

/** A key on a list: move, switch tabs, filter, sort, open. */
export function listAction(model: Model, action: Action): Model {
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
    case 'find':
      return startFind(model);
    case 'sort': {
      const last = SORTS[model.tab].length - 1;
      // With a filter, best match comes first in the cycle, then each sort order.
      const order: Partial<ListState> =
        list.query && !list.sorted
          ? { sorted: true, sort: 0 }
          : list.query && list.sort === last
            ? { sorted: false, sort: 0 }
            : { sort: list.sort === last ? 0 : list.sort + 1 };
      const sorted = { ...list, ...order };
      const lists = { ...model.lists, [model.tab]: sorted };
      // The row the reader chose stays chosen, where the new order puts it, as a filter's does.
      const reordered = currentRows({ ...model, lists });
      const kept = reselect(sorted, list.query, reordered, selectionOf(list, rows), height);
      return { ...model, lists: { ...lists, [model.tab]: kept } };
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
