import type { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { bodyHeight, initialModel, type Model, openPost, update } from './model.ts';
import { pagerDoc } from './pager.ts';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';

// A mention at the start of a paragraph written on one line of its file, as most articles are:
// wrapped, the paragraph spans many laid-out lines that all come from that one file line.
const FILLER = Array.from({ length: 20 }, (_, i) => `Filler paragraph ${i + 1}.`);
const LONG = `Solomon Hykes opened the day. ${'The keynote went on about volumes and networks. '.repeat(20)}`;
const BODY = [...FILLER, LONG, '', ...FILLER].join('\n\n');

function catalogWithLongParagraph(): { catalog: Catalog; fileLine: number } {
  const catalog = fixtureCatalog();
  const post = makePost({ id: 'long-paragraph', title: 'A long paragraph', body: BODY });
  const fileLine = post.source.bodyLine + BODY.split('\n').indexOf(LONG);
  const mention = {
    post: post.id,
    line: fileLine,
    column: 1,
    endLine: fileLine,
    endColumn: 14,
    text: 'Solomon Hykes',
    sentence: 'Solomon Hykes opened the day.',
  };
  const speakers = catalog.speakers.map((s) =>
    s.id === 'solomon-hykes' ? { ...s, mentions: [...s.mentions, mention] } : s,
  );
  return { catalog: { ...catalog, posts: [...catalog.posts, post], speakers }, fileLine };
}

describe('an article with a long paragraph on one line of its file', () => {
  it('opens at a mention with the mention in the window', () => {
    const { catalog, fileLine } = catalogWithLongParagraph();
    const ready: Model = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog,
      diagnostics: [],
    });
    const opened = openPost(ready, 'long-paragraph', { fileLine, ref: 'solomon-hykes' });
    if (opened.route.screen !== 'post') throw new Error('the article did not open');
    const doc = pagerDoc(opened.index!, 'long-paragraph', 80, true)!;
    const target = doc.targets[opened.route.focus];
    expect(target?.ref).toBe('solomon-hykes');
    const { top } = opened.route;
    expect(target!.line).toBeGreaterThanOrEqual(top);
    expect(target!.line).toBeLessThan(top + bodyHeight(opened.size));
  });

  it('keeps the start of the paragraph in the window when a resize re-wraps it', () => {
    const { catalog } = catalogWithLongParagraph();
    const ready: Model = update(initialModel({ columns: 80, rows: 24 }, { showUrls: true }), {
      type: 'loaded',
      catalog,
      diagnostics: [],
    });
    const opened = openPost(ready, 'long-paragraph');
    if (opened.route.screen !== 'post') throw new Error('the article did not open');
    const wide = pagerDoc(opened.index!, 'long-paragraph', 80, true)!;
    const start = wide.lines.findIndex((line) => line.text.startsWith('Solomon Hykes opened'));
    const reading: Model = { ...opened, route: { ...opened.route, top: start } };

    const narrowed = update(reading, { type: 'resize', columns: 40, rows: 24 });
    if (narrowed.route.screen !== 'post') throw new Error('the article closed');
    const narrow = pagerDoc(narrowed.index!, 'long-paragraph', 40, true)!;
    const shown = narrow.lines
      .slice(narrowed.route.top, narrowed.route.top + bodyHeight(narrowed.size))
      .map((line) => line.text);
    expect(shown).toContain(narrow.lines.find((l) => l.text.startsWith('Solomon Hykes'))!.text);
  });
});
