import { articleLink } from './data/article-link.ts';
import { searchMatches } from './document-search.ts';
import type { Action } from './keys.ts';
import { go, openPost } from './navigate.ts';
import { maxTop, nextFromWindow, nextTarget, type PagerState, pagerDoc, reveal } from './pager.ts';
import { startSearch } from './pager-search.ts';
import { anchorLine, inPageFragment } from './render/heading-anchor.ts';
import type { PostDoc } from './render/post-doc.ts';
import { scroll } from './scroll.ts';
import { bodyHeight, type Model } from './state.ts';

/** A key in an open post: scroll, search, select and open what it names. */
export function pagerAction(model: Model, state: PagerState, action: Action): Model {
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
    case 'browser': {
      // `o` opens links only: a web link is handed to the browser before it gets here.
      const target = doc.targets[state.focus];
      return target?.kind === 'url' ? inPageLink(model, state, doc, target.ref) : model;
    }
    case 'open': {
      const target = doc.targets[state.focus];
      if (!target) return { ...model, flash: 'Press Tab to select a talk, speaker or link first' };
      if (target.kind === 'url') return inPageLink(model, state, doc, target.ref);
      return go(model, { screen: target.kind, id: target.ref, cursor: 0, top: 0 });
    }
    default:
      return set({ top: scroll(state.top, action, lines, height) });
  }
}

/**
 * A link within the article (`#reading-list`) goes to its heading, at the top of the window;
 * one to another article's file (`day-one.md#keynote`) opens that post, at its heading.
 */
function inPageLink(model: Model, state: PagerState, doc: PostDoc, url: string): Model {
  const fragment = inPageFragment(url);
  if (fragment === undefined) return articlePage(model, state, url);
  const line = anchorLine(doc.anchors ?? new Map(), fragment);
  if (line === undefined) return { ...model, flash: `No heading ${url} in this post` };
  const top = Math.min(line, maxTop(doc.lines.length, bodyHeight(model.size)));
  // As in a browser, back returns to the link: the window it was followed from is kept.
  return go(model, { ...state, top });
}

/** The post a link to another article's file names, opened at the heading it asks for. */
function articlePage(model: Model, state: PagerState, url: string): Model {
  const from = model.index?.posts.get(state.id);
  const linked = from && articleLink(model.index!, from, url);
  if (!linked) return model;
  const opened = openPost(model, linked.post.id);
  const fragment = inPageFragment(linked.fragment);
  const route = opened.route;
  if (fragment === undefined || route.screen !== 'post') return opened;
  const doc = pagerDoc(model.index!, route.id, model.size.columns, model.showUrls);
  const line = doc && anchorLine(doc.anchors ?? new Map(), fragment);
  if (line === undefined) return { ...opened, flash: `No heading ${linked.fragment} in this post` };
  const top = Math.min(line, maxTop(doc!.lines.length, bodyHeight(model.size)));
  return { ...opened, route: { ...route, top } };
}
