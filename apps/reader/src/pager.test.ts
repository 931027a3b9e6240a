import { describe, expect, it } from 'vitest';
import { indexCatalog } from './data/catalog-index.ts';
import { searchMatches } from './document-search.ts';
import type { Action } from './keys.ts';
import { bodyHeight, initialModel, type Model, update } from './model.ts';
import { pagerDoc } from './pager.ts';
import { postDoc } from './render/post-doc.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

const docOf = (body: string) => {
  const post = makePost({ id: 'accents', title: 'Accents', body });
  const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
  return postDoc(index, post, 80, false);
};

describe('searchMatches', () => {
  it('ignores accents as the list filter does, and highlights the accented word', () => {
    const doc = docOf('Jérôme Petazzoni and Diogo Mónica spoke; MONICA again.');
    const found = searchMatches(doc, 'monica').map((m) =>
      doc.lines[m.line]!.text.slice(m.start, m.end),
    );
    expect(found).toEqual(['Mónica', 'MONICA']);
    expect(searchMatches(doc, 'jerome').length).toBe(1);
  });

  it('highlights the right characters after letters whose lower case is longer', () => {
    const doc = docOf('İstanbul and Docker.');
    const [match] = searchMatches(doc, 'docker');
    expect(doc.lines[match!.line]!.text.slice(match!.start, match!.end)).toBe('Docker');
  });
});

describe('n and N after scrolling away from the current match', () => {
  const act = (model: Model, ...actions: Action[]) =>
    actions.reduce((m, action) => update(m, { type: 'action', action }), model);
  const searched = () => {
    const ready = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog: fixtureCatalog(),
      diagnostics: [],
    });
    const typing = update(act(ready, 'down', 'open', 'search'), { type: 'typed', text: 'filler' });
    return act(typing, 'accept');
  };
  const where = (model: Model) => {
    if (model.route.screen !== 'post') throw new Error('not in an article');
    const doc = pagerDoc(model.index!, model.route.id, 80, true)!;
    const match = searchMatches(doc, model.route.search)[model.route.match];
    return { top: model.route.top, line: match?.line ?? -1 };
  };

  it('goes to the next match from the window, as less does, not back to the one left behind', () => {
    const scrolled = act(searched(), 'page-down', 'page-down');
    const { top } = where(scrolled);
    const height = bodyHeight(scrolled.size);
    const next = where(act(scrolled, 'next-match'));
    expect(next.line).toBeGreaterThanOrEqual(top);
    expect(next.line).toBeLessThan(top + height);
    expect(next.top).toBe(top);
    const previous = where(act(scrolled, 'prev-match'));
    expect(previous.line).toBeGreaterThanOrEqual(top);
    expect(previous.line).toBeLessThan(top + height);
  });
});
