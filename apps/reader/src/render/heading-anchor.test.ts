import { describe, expect, it } from 'vitest';
import { anchorKey } from './heading-anchor.ts';
import { layoutMarkdown } from './markdown-to-ansi.ts';

const text = (md: string, width = 60) => layoutMarkdown(md, { width }).lines.map((l) => l.text);

describe('a heading with an id after its text, as Zola, Hugo and kramdown write it', () => {
  it('shows the heading without its `{#id}`', () => {
    expect(text('## Reading list {#reading-list}\n\ntext')[0]).toBe('## Reading list');
    expect(text('### *Food* {: #food .big}')[0]).toBe('### Food');
  });

  it('keeps braces that are words of the heading', () => {
    expect(text('## Sets {a, b}')[0]).toBe('## Sets {a, b}');
  });
});

describe('anchorKey', () => {
  it('is the same for a heading and the ids engines make of it', () => {
    const key = anchorKey('Reading list: Café');
    expect(anchorKey('reading-list-cafe')).toBe(key);
    expect(anchorKey('reading_list_caf%C3%A9')).toBe(key);
  });
});

describe('the headings a link within the article can go to', () => {
  it('are known by their words, whether or not link addresses are shown after them', () => {
    const md = '### Dinner: [Dishoom](https://www.dishoom.com/) {#food}\n\ntext';
    for (const showUrls of [true, false]) {
      const { anchors } = layoutMarkdown(md, { width: 80, showUrls });
      expect(anchors?.get(anchorKey('dinner-dishoom'))).toBe(0);
      expect(anchors?.get('#food')).toBe(0);
    }
  });
});
