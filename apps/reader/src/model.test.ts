import { describe, expect, it } from 'vitest';
import type { Action } from './keys.ts';
import { initialModel, type Model, scroll, update } from './model.ts';
import { fixtureCatalog } from './test/catalog-fixture.ts';

const ready = (columns = 80, rows = 24): Model =>
  update(initialModel({ columns, rows }, { showUrls: true }), {
    type: 'loaded',
    catalog: fixtureCatalog(),
    diagnostics: [],
  });
const act = (model: Model, ...actions: Action[]) =>
  actions.reduce((m, action) => update(m, { type: 'action', action }), model);

describe('update', () => {
  it('keeps scrolling within the document', () => {
    expect(scroll(0, 'up', 100, 20)).toBe(0);
    expect(scroll(0, 'page-down', 100, 20)).toBe(20);
    expect(scroll(75, 'page-down', 100, 20)).toBe(80);
    expect(scroll(10, 'bottom', 100, 20)).toBe(80);
    expect(scroll(10, 'half-up', 100, 20)).toBe(0);
    expect(scroll(5, 'down', 10, 20)).toBe(0);
  });

  it('merges the loader diagnostics with the catalog diagnostics without duplicates', () => {
    const catalog = fixtureCatalog();
    const model = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog,
      diagnostics: [catalog.diagnostics[0]!],
    });
    expect(model.diagnostics).toHaveLength(1);
    expect(model.status).toBe('ready');
  });

  it('moves the list cursor and the window with it', () => {
    const model = act(ready(80, 4), 'down', 'down');
    expect(model.lists.posts.cursor).toBe(2);
    expect(model.lists.posts.offset).toBe(1);
    expect(act(model, 'bottom').lists.posts.cursor).toBe(2);
  });

  it('goes back through the history, then clears the filter, then stays', () => {
    let model = update(act(ready(), 'filter'), { type: 'typed', text: 'day' });
    model = act(model, 'accept', 'open');
    expect(model.route.screen).toBe('post');
    model = act(model, 'back');
    expect(model.route.screen).toBe('list');
    expect(model.lists.posts.query).toBe('day');
    model = act(model, 'back');
    expect(model.lists.posts.query).toBe('');
    expect(act(model, 'back')).toEqual(model);
  });

  it('closes the diagnostics with ! as it opened them, as ? does help', () => {
    const shown = act(ready(), 'down', 'open', 'diagnostics');
    expect(shown.route.screen).toBe('diagnostics');
    const closed = act(shown, 'diagnostics');
    expect(closed.route.screen).toBe('post');
    expect(closed.history).toEqual(act(ready(), 'down', 'open').history);
  });

  it('does not move on keys while loading, but still shows help', () => {
    const loading = initialModel({ columns: 80, rows: 24 }, { showUrls: true });
    expect(act(loading, 'down', 'open')).toEqual(loading);
    expect(act(loading, 'help').route.screen).toBe('help');
  });

  it('cycles Tab through talks, speakers and links in reading order', () => {
    let model = act(ready(), 'down', 'open', 'next-link');
    const focus = () => (model.route.screen === 'post' ? model.route.focus : -1);
    expect(focus()).toBe(0);
    model = act(model, 'prev-link');
    expect(focus()).toBeGreaterThan(0);
    model = act(model, 'next-link');
    expect(focus()).toBe(0);
  });
});

describe('search in an article', () => {
  const search = (model: Model, text: string) =>
    act(update(act(model, 'search'), { type: 'typed', text }), 'accept');

  it('says at once when a search finds nothing, and says nothing when it finds something', () => {
    const post = act(ready(), 'down', 'open');
    expect(post.route.screen).toBe('post');
    expect(search(post, 'zzzq').flash).toBe('No match for "zzzq"');
    expect(search(post, 'volumes').flash).toBeUndefined();
  });
});
