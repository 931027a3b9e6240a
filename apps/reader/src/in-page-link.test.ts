import { describe, expect, it } from 'vitest';
import type { Action } from './keys.ts';
import { initialModel, type Model, selectedUrl, update } from './model.ts';
import { pagerDoc } from './pager.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

// A recap's own table of contents and "see the reading list below": links within the article.
const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the talks.`).join('\n\n');
const body = [
  'The books to read are in the [reading list](#reading-list), the food in [Food](#food-drink).',
  '',
  filler,
  '',
  '## Reading list {#reading-list}',
  '',
  filler,
  '',
  '## Food & drink',
  '',
  'Fish and chips.',
  '',
  filler,
  '',
  'And a [missing one](#nowhere).',
].join('\n');

const act = (model: Model, ...actions: Action[]) =>
  actions.reduce((m, action) => update(m, { type: 'action', action }), model);
const opened = () => {
  const post = makePost({ id: 'recap', title: 'Recap', date: '2030-01-01', body });
  const model = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
    type: 'loaded',
    catalog: { ...fixtureCatalog(), posts: [post] },
    diagnostics: [],
  });
  return act(model, 'open');
};
const topLine = (model: Model) => {
  if (model.route.screen !== 'post') throw new Error('not in an article');
  return pagerDoc(model.index!, model.route.id, 80, true)!.lines[model.route.top]!.text;
};

describe('a link to a heading of the article', () => {
  it('goes to the heading its id names, with Enter or o, and is not handed to a browser', () => {
    const selected = act(opened(), 'next-link');
    expect(selectedUrl(selected)).toBeUndefined();
    expect(topLine(act(selected, 'open'))).toBe('## Reading list');
    expect(topLine(act(selected, 'browser'))).toBe('## Reading list');
  });

  it('goes to the heading whose words it names, however the engine made the id', () => {
    expect(topLine(act(opened(), 'next-link', 'next-link', 'open'))).toBe('## Food & drink');
  });

  it('says so when no heading has that id', () => {
    const last = act(opened(), 'bottom', 'prev-link', 'open');
    expect(last.flash).toBe('No heading #nowhere in this post');
  });

  it('comes back to the link with Esc, as a browser does', () => {
    const selected = act(opened(), 'next-link');
    const followed = act(selected, 'open');
    expect(act(followed, 'back').route).toEqual(selected.route);
  });

  it('goes to the second heading of the same words by the number engines give it', () => {
    const notes = [
      '[second notes](#notes-1)',
      '',
      '## Notes',
      '',
      filler,
      '',
      '## Notes',
      '',
      filler,
    ];
    const post = makePost({ id: 'notes', title: 'Notes', body: notes.join('\n') });
    const model = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog: { ...fixtureCatalog(), posts: [post] },
      diagnostics: [],
    });
    const followed = act(model, 'open', 'next-link', 'open');
    if (followed.route.screen !== 'post') throw new Error('not in an article');
    const doc = pagerDoc(followed.index!, 'notes', 80, true)!;
    const headings = doc.lines.flatMap((l, i) => (l.text === '## Notes' ? [i] : []));
    expect(followed.route.top).toBe(headings[1]);
  });
});
