import { describe, expect, it } from 'vitest';
import type { Action } from './keys.ts';
import { bodyHeight, initialModel, type Model, update } from './model.ts';
import { pagerDoc } from './pager.ts';
import { fixtureCatalog } from './test/catalog-fixture.ts';

const act = (model: Model, ...actions: Action[]) =>
  actions.reduce((m, action) => update(m, { type: 'action', action }), model);
const article = () =>
  act(
    update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog: fixtureCatalog(),
      diagnostics: [],
    }),
    'down',
    'open',
  );

/** The window and the line of the selected target. */
const where = (model: Model) => {
  if (model.route.screen !== 'post' || !model.index) throw new Error('not in an article');
  const doc = pagerDoc(model.index, model.route.id, 80, true)!;
  return { top: model.route.top, line: doc.targets[model.route.focus]?.line ?? -1, doc };
};

describe('Tab after scrolling away from the selected target', () => {
  it('selects from the window, not next to the target left behind', () => {
    const scrolled = act(article(), 'next-link', 'bottom');
    const { top, doc } = where(scrolled);
    const height = bodyHeight(scrolled.size);
    const shown = doc.targets.filter((t) => t.line >= top && t.line < top + height);
    expect(shown.length).toBeGreaterThan(1);

    const next = where(act(scrolled, 'next-link'));
    expect(next.top).toBe(top);
    expect(next.line).toBe(shown[0]!.line);
    const previous = where(act(scrolled, 'prev-link'));
    expect(previous.top).toBe(top);
    expect(previous.line).toBe(shown.at(-1)!.line);
  });
});
