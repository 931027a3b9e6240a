import type { Talk } from '@confnotes/content';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { talkCard, talkCards } from './talk-cards.ts';

const [first] = fixtureCatalog.talks;
const talk = (over: Partial<Talk>): Talk => ({ ...first!, ...over });
const data = (
  names: Record<string, string>,
  covering: Record<string, string[]> = {},
  events: Record<string, string> = {},
) => ({
  speaker: new Map(Object.entries(names).map(([id, name]) => [id, { name }])),
  coverage: new Map(Object.entries(covering).map(([id, posts]) => [id, new Set(posts)])),
  event: new Map(Object.entries(events).map(([id, name]) => [id, { name }])),
});

describe('talk cards', () => {
  it('links the talk and each speaker, with text from posts escaped', () => {
    const card = talkCard(
      talk({ id: 'hostile', title: '<script>x</script>', kind: 'keynote', speakers: ['a', 'b'] }),
      'h3',
      data({ a: `Ann "A" O'Neil`, b: 'B & C' }, { hostile: ['p1', 'p2'] }),
    );
    expect(card).toBe(
      '<li><h3><a href="/talks/hostile/">&lt;script&gt;x&lt;/script&gt;</a></h3>' +
        '<p class="muted"><span class="kind">Keynote</span> 2\u00a0posts</p>' +
        '<p><a href="/speakers/a/">Ann &quot;A&quot; O&#39;Neil</a>, <a href="/speakers/b/">B &amp; C</a></p></li>',
    );
  });

  it('names an untitled session by its label, counts one post, and shows no empty speaker line', () => {
    const card = talkCard(
      talk({ id: 'untitled', title: undefined, label: 'Morning keynote', speakers: [] }),
      'h2',
      data({}, { untitled: ['p1'] }),
    );
    expect(card).toContain('<h2><a href="/talks/untitled/">Morning keynote</a></h2>');
    expect(card).toContain('</span> 1\u00a0post</p>');
    expect(card).not.toContain('<p><');
  });

  it('makes cards from the relations it is given, not from those of an earlier build', () => {
    const t = talk({ id: 'renamed', speakers: ['a'] });
    expect(talkCard(t, 'h2', data({ a: 'Old Name' }))).toContain('>Old Name</a>');
    expect(talkCard(t, 'h2', data({ a: 'New Name' }))).toContain('>New Name</a>');
  });

  it("marks a talk's name alone as search text when asked, and keeps the unmarked card apart", () => {
    const relations = data({ a: 'Ann' }, { marked: ['p1'] });
    const t = talk({ id: 'marked', title: 'Marked', speakers: ['a'] });
    const marked = talkCard(t, 'h3', relations, { searchText: true });
    expect(marked).toContain('<h3 data-search-text><a href="/talks/marked/">Marked</a></h3>');
    expect(marked.match(/data-search-text/g)).toHaveLength(1);
    expect(talkCard(t, 'h3', relations)).not.toContain('data-search-text');
  });

  it('joins the cards of a list in order, each at the heading level asked for', () => {
    const relations = data({});
    const a = talk({ id: 'list-a', title: 'A' });
    const b = talk({ id: 'list-b', title: 'B' });
    expect(talkCards([a, b], 'h3', relations)).toBe(
      talkCard(a, 'h3', relations) + talkCard(b, 'h3', relations),
    );
    expect(talkCard(a, 'h2', relations)).toContain('<h2>');
  });

  it('marks the speaker whose page lists the cards as the page the reader is on, on that page only', () => {
    const relations = data({ a: 'Ann', b: 'Bob' });
    const t = talk({ id: 'own', title: 'Own', speakers: ['a', 'b'] });
    expect(talkCards([t], 'h3', relations, { speaker: 'a' })).toContain(
      '<p><a href="/speakers/a/" aria-current="page">Ann</a>, <a href="/speakers/b/">Bob</a></p>',
    );
    expect(talkCards([t], 'h3', relations)).not.toContain('aria-current');
  });

  it("names the event of each talk, escaped, unless the list is the event's own", () => {
    const relations = data({}, { 'kn-a': ['p1'], 'kn-b': ['p2'] }, { a: 'DevConf <2024>', b: 'B' });
    const a = talk({ id: 'kn-a', title: 'Keynote', event: 'a', speakers: [] });
    const b = talk({ id: 'kn-b', title: 'Keynote', event: 'b', speakers: [] });
    expect(talkCard(a, 'h3', relations)).toContain(
      '</span> at DevConf &lt;2024&gt; · 1\u00a0post</p>',
    );
    expect(talkCard(b, 'h3', relations)).toContain('</span> at B · 1\u00a0post</p>');
    expect(talkCard(a, 'h3', relations, { event: false })).toContain('</span> 1\u00a0post</p>');
    expect(talkCards([a], 'h3', relations, { event: false })).not.toContain('DevConf');
  });
});
