import type { PostEntry } from '@confnotes/content/astro';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { postCard, postCards } from './post-cards.ts';

const [first] = fixtureCatalog.posts.map(({ html: _h, body: _b, ...post }) => post);
const post = (over: Partial<PostEntry>): PostEntry => ({ ...first!, ...over });

describe('post cards', () => {
  it("marks a post's title and summary with its language, not the labels around them", () => {
    const card = postCard(post({ id: 'lang-card', title: 'Ein Bericht', lang: 'de_DE' }), 'h3');
    expect(card).toContain('<a href="/posts/lang-card/" lang="de-DE">Ein Bericht</a>');
    expect(card).toContain('<p lang="de-DE">');
    expect(card).toContain('<p class="muted">');
    expect(postCard(post({ id: 'no-lang', lang: undefined }), 'h3')).not.toContain('lang=');
  });

  it('shows no summary paragraph for a post with no words to sum up', () => {
    const card = postCard(post({ id: 'code-only', description: undefined, excerpt: '' }), 'h3');
    expect(card).not.toMatch(/<p[^>]*><\/p>/);
    expect(card).toContain('min\u00a0read</p></li>');
  });

  it('links the title and shows author, day, reading time and summary, escaped', () => {
    const card = postCard(
      post({
        id: 'hostile',
        title: '<img src=x onerror=alert(1)>',
        author: { name: 'A & B' },
        date: '2015-11-19T08:50:20+01:00',
        readingMinutes: 4,
        description: '<b>bold</b> claims',
      }),
      'h2',
    );
    expect(card).toBe(
      '<li><h2><a href="/posts/hostile/">&lt;img src=x onerror=alert(1)&gt;</a></h2>' +
        '<p class="muted">A &amp; B · <time datetime="2015-11-19T08:50:20+01:00">November 19, 2015</time> · 4\u00a0min\u00a0read</p>' +
        '<p>&lt;b&gt;bold&lt;/b&gt; claims</p></li>',
    );
  });

  it('names every author of a post written by several', () => {
    const card = postCard(
      post({
        id: 'two-hands',
        author: { name: 'Ann One' },
        authors: [{ name: 'Ann One' }, { name: 'Bob Two' }, { name: 'Cy Three' }],
      }),
      'h3',
    );
    expect(card).toContain('<p class="muted">Ann One, Bob Two and Cy Three · ');
  });

  it('says undated, leaves out a missing author and summarises the excerpt when no description', () => {
    const card = postCard(
      post({
        id: 'plain',
        author: undefined,
        date: undefined,
        description: undefined,
        excerpt: 'word '.repeat(100),
      }),
      'h3',
    );
    expect(card).toContain('<p class="muted">undated · ');
    expect(card).toMatch(/<p>(word ){40,}word…<\/p><\/li>$/);
    expect(card.startsWith('<li><h3>')).toBe(true);
  });

  it('gives a post loaded again its own card', () => {
    expect(postCard(post({ id: 'edited', title: 'Before' }), 'h2')).toContain('>Before</a>');
    expect(postCard(post({ id: 'edited', title: 'After' }), 'h2')).toContain('>After</a>');
  });

  it('joins the cards of a list in order', () => {
    const a = post({ id: 'list-a' });
    const b = post({ id: 'list-b' });
    expect(postCards([a, b], 'h2')).toBe(postCard(a, 'h2') + postCard(b, 'h2'));
  });
});
