import { fullTextHits } from './data/full-text.ts';
import { searchMatches } from './document-search.ts';
import type { Action } from './keys.ts';
import { go, openPost } from './navigate.ts';
import { pagerDoc } from './pager.ts';
import { typeSearch } from './pager-search.ts';
import { scroll } from './scroll.ts';
import { bodyHeight, type FindRoute, type Model } from './state.ts';

/** `F` on a list: the words to find, typed on a screen of their own. */
export function startFind(model: Model): Model {
  const route: FindRoute = { screen: 'find', query: '', cursor: 0, offset: 0 };
  return { ...go(model, route), input: { kind: 'find', text: '' } };
}

/** The find screen with `query` typed: its hits from the first. */
export function typeFind(route: FindRoute, query: string): FindRoute {
  return { ...route, query, cursor: 0, offset: 0 };
}

/** The find screen with its selection moved by `action`, the window following it. */
export function moveFind(model: Model, route: FindRoute, action: Action): Model {
  const hits = model.index ? fullTextHits(model.index, route.query).hits.length : 0;
  const height = bodyHeight(model.size);
  // A list of n rows scrolls like a document of n + height - 1 lines, as the lists do.
  const cursor = Math.min(scroll(route.cursor, action, hits + height - 1, height), hits - 1);
  if (cursor < 0 || cursor === route.cursor) return model;
  let offset = route.offset;
  if (cursor < offset) offset = cursor;
  if (cursor >= offset + height) offset = cursor - height + 1;
  return { ...model, route: { ...route, cursor, offset } };
}

/**
 * A post opened at the words found: the whole query searched in it if it is there as written,
 * else its longest word, so `n` goes on to the next place.
 */
function openAtWords(model: Model, id: string, query: string): Model {
  const opened = openPost(model, id);
  const route = opened.route;
  if (route.screen !== 'post' || !opened.index) return opened;
  const doc = pagerDoc(opened.index, id, opened.size.columns, opened.showUrls);
  if (!doc) return opened;
  const words = [query.trim(), ...query.split(/\s+/).sort((a, b) => b.length - a.length)];
  const found = words.find((w) => w && searchMatches(doc, w).length);
  if (!found) return opened;
  return { ...opened, route: typeSearch(doc, route, found, bodyHeight(opened.size)) };
}

/** A key on the find screen: move through the hits, open one, change the words. */
export function findAction(model: Model, route: FindRoute, action: Action): Model {
  switch (action) {
    case 'find':
      return { ...model, input: { kind: 'find', text: route.query } };
    case 'open': {
      const hit = model.index
        ? fullTextHits(model.index, route.query).hits[route.cursor]
        : undefined;
      if (!hit) return model;
      if (hit.type === 'post') return openAtWords(model, hit.id, route.query);
      return go(model, { screen: hit.type, id: hit.id, cursor: 0, top: 0 });
    }
    default:
      return moveFind(model, route, action);
  }
}
