import { describe, expect, it } from 'vitest';
import type { Action } from './keys.ts';
import { initialModel, type Model, selectedUrl, update } from './model.ts';
import { pagerDoc } from './pager.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

// An imported blog's links to its own articles' files: `[day one](day-one.md#the-keynote)`.
const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the day.`).join('\n\n');
const dayOne = makePost({
  id: 'day-one',
  title: 'Day one',
  date: '2030-01-01',
  body: ['Intro.', '', filler, '', '## The keynote', '', 'It began at nine.', '', filler].join(
    '\n',
  ),
});
const dayTwo = makePost({
  id: 'day-two',
  title: 'Day two',
  date: '2030-01-02',
  body: 'See [the keynote](day-one.md#the-keynote), [day one](day-one.md) and [a lost one](gone.md).',
});

const act = (model: Model, ...actions: Action[]) =>
  actions.reduce((m, action) => update(m, { type: 'action', action }), model);
// The list is newest first: day two is the first post.
const opened = () =>
  act(
    update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog: { ...fixtureCatalog(), posts: [dayOne, dayTwo] },
      diagnostics: [],
    }),
    'open',
  );
const shown = (model: Model) => {
  if (model.route.screen !== 'post') throw new Error('not in an article');
  const doc = pagerDoc(model.index!, model.route.id, 80, true)!;
  return { id: model.route.id, top: doc.lines[model.route.top]!.text };
};

describe("a link to another article's file", () => {
  it('opens that post at the heading it names, with Enter or o, not in a browser', () => {
    const start = opened();
    expect(shown(start).id).toBe('day-two');
    const selected = act(start, 'next-link');
    expect(selectedUrl(selected)).toBeUndefined();
    expect(shown(act(selected, 'open'))).toEqual({ id: 'day-one', top: '## The keynote' });
    expect(shown(act(selected, 'browser'))).toEqual({ id: 'day-one', top: '## The keynote' });
    expect(shown(act(selected, 'next-link', 'open'))).toMatchObject({ id: 'day-one' });
  });

  it('comes back to the link with Esc', () => {
    const selected = act(opened(), 'next-link');
    expect(act(selected, 'open', 'back').route).toEqual(selected.route);
  });

  it('leaves out of Tab a link to an article the catalog does not have', () => {
    const doc = pagerDoc(opened().index!, 'day-two', 80, true)!;
    expect(doc.targets.map((t) => t.ref)).toEqual(['day-one.md#the-keynote', 'day-one.md']);
  });
});
