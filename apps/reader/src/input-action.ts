import { moveFind, typeFind } from './find-action.ts';
import type { Action } from './keys.ts';
import { listAction } from './list-action.ts';
import { back, clearFilter } from './navigate.ts';
import { pagerDoc } from './pager.ts';
import { pagerAction } from './pager-action.ts';
import { endSearch, typeSearch } from './pager-search.ts';
import { bodyHeight, type Model } from './state.ts';

/** Text typed into the filter or search being edited. */
export function typed(model: Model, text: string): Model {
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
  if (input.kind === 'find') {
    const route = model.route;
    if (route.screen !== 'find') return model;
    return { ...model, input: { ...input, text }, route: typeFind(route, text) };
  }
  if (model.route.screen !== 'post' || !model.index) return model;
  const doc = pagerDoc(model.index, model.route.id, model.size.columns, model.showUrls);
  if (!doc) return model;
  const route = typeSearch(doc, model.route, text, bodyHeight(model.size));
  return { ...model, input: { ...input, text }, route };
}

/** A key while a filter or search is being typed. */
export function inputAction(model: Model, action: Action): Model {
  const input = model.input!;
  switch (action) {
    case 'accept': {
      const route = model.route;
      if (route.screen !== 'post') return { ...model, input: undefined };
      const ended = endSearch(route, false);
      const accepted: Model = { ...model, input: undefined, route: ended };
      // Enter alone repeats the last search, as in less and vim.
      if (input.kind === 'search' && !route.search && ended.search) {
        return pagerAction(accepted, ended, 'next-match');
      }
      // Say so now that the search is done, not only at the next n.
      if (input.kind === 'search' && route.search && route.match < 0) {
        return { ...accepted, flash: `No match for "${route.search}"` };
      }
      return accepted;
    }
    case 'cancel': {
      if (input.kind === 'filter') return { ...clearFilter(model, input.from), input: undefined };
      // Finding is all the find screen is for: leaving the words leaves it.
      if (input.kind === 'find') return { ...back(model), input: undefined };
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
      if (input.kind === 'find' && model.route.screen === 'find') {
        return moveFind(model, model.route, action);
      }
      return input.kind === 'filter' ? listAction(model, action) : model;
    default:
      return model;
  }
}
