import { articleLink } from './data/article-link.ts';
import { indexCatalog } from './data/catalog-index.ts';
import { loadedDiagnostics } from './data/loaded-diagnostics.ts';
import { flatItems, recordView } from './data/record-items.ts';
import { findAction } from './find-action.ts';
import { fitRoute, resize } from './fit-route.ts';
import { inputAction, typed } from './input-action.ts';
import type { Action } from './keys.ts';
import { listAction } from './list-action.ts';
import { back, go } from './navigate.ts';
import { pagerDoc } from './pager.ts';
import { pagerAction } from './pager-action.ts';
import { recordAction } from './record-action.ts';
import { inPageFragment } from './render/heading-anchor.ts';
import { diagnosticLines } from './screens/diagnostic-lines.ts';
import { helpLineCount } from './screens/help-lines.ts';
import { scroll } from './scroll.ts';
import { bodyHeight, type Model, type Msg } from './state.ts';

// The whole state of the reader and the one pure function that changes it, as glow has it:
// screens render a Model, keys and side effects become Msgs, `update` returns the next Model.
// The state and its types are in state.ts; what each screen does with a key, beside it.

export { openPost } from './navigate.ts';
export { scroll } from './scroll.ts';
export * from './state.ts';

/** The next model after `msg`: the one place the reader's state changes. */
export function update(model: Model, msg: Msg): Model {
  switch (msg.type) {
    case 'progress':
      return { ...model, progress: msg.message };
    case 'loaded': {
      const diagnostics = loadedDiagnostics(msg.diagnostics, msg.catalog);
      // The keys held until now are the reader's to press on the model this returns.
      const loaded: Model = {
        ...model,
        held: [],
        status: 'ready',
        index: indexCatalog(msg.catalog),
        diagnostics,
      };
      // Read again after an edit, the open article may have grown shorter.
      return { ...loaded, route: fitRoute(loaded, model.route) };
    }
    case 'failed':
      // Keys typed for a catalog that will not come have nothing to act on.
      return { ...model, status: 'failed', error: msg.message, held: [] };
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
    case 'hold':
      return { ...model, held: [...model.held, ...msg.presses] };
    case 'indexed':
    case 'codeColours':
      return { ...model };
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

/** What a key does: the keys of every screen, then those of the screen shown. */
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
    case 'find':
      return findAction(model, route, action);
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

/** The URL the selected thing points to, if it is a web link (for `o` and Enter). */
export function selectedUrl(model: Model): string | undefined {
  const url = selectedLink(model);
  // A link within the article, or to another article, is followed here, not in a browser.
  return url && !followedHere(model, url) ? url : undefined;
}

/**
 * Whether the selection is a link the pager follows itself: within the article, or to another
 * article's file.
 */
export const selectsInPageLink = (model: Model): boolean => {
  const url = model.route.screen === 'post' ? selectedLink(model) : undefined;
  return url !== undefined && followedHere(model, url);
};

function followedHere(model: Model, url: string): boolean {
  if (inPageFragment(url) !== undefined) return true;
  const { route, index } = model;
  const post = route.screen === 'post' ? index?.posts.get(route.id) : undefined;
  return post !== undefined && articleLink(index!, post, url) !== undefined;
}

function selectedLink(model: Model): string | undefined {
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

/**
 * The file of the article shown (relative to the content folder) and the line of it at the top
 * of the window, for an editor to open there.
 */
export function editPlace(model: Model): { path: string; line: number } | undefined {
  const { route, index } = model;
  if (route.screen !== 'post' || !index) return undefined;
  const post = index.posts.get(route.id);
  const doc = pagerDoc(index, route.id, model.size.columns, model.showUrls);
  if (!post || !doc) return undefined;
  // The lines above the body are the front matter's: the file's first line.
  const source = doc.lines[route.top]?.source ?? 0;
  return { path: post.source.path, line: source ? post.source.bodyLine + source - 1 : 1 };
}
