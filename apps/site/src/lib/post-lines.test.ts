import type { PostEntry } from '@confnotes/content/astro';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { paragraphLink } from './paragraph-link.ts';
import { postItems, postLine } from './post-lines.ts';

const [first] = fixtureCatalog.posts.map(({ html: _h, body: _b, ...post }) => post);
const none: readonly string[] = [];
const post = (over: Partial<PostEntry>): PostEntry => ({ ...first!, ...over });

describe('post lines', () => {
  it("marks a post's title with its language", () => {
    const line = postLine(post({ id: 'lang-line', title: 'Ein Bericht', lang: 'de_DE' }));
    expect(line.startsWith('<a href="/posts/lang-line/" lang="de-DE">Ein Bericht</a>')).toBe(true);
  });

  it('says a draft is one, in a preview that lists it, and a published post nothing of the kind', () => {
    expect(postLine(post({ id: 'draft-line', draft: true }))).toMatch(/ · draft<\/span>$/);
    expect(postLine(post({ id: 'published-line', draft: false }))).not.toContain('draft');
  });

  it('links the title and shows the day, with text from posts escaped', () => {
    const line = postLine(post({ id: 'hostile-a', title: `<img src=x onerror="alert('x')">&` }));
    expect(
      line.startsWith(
        '<a href="/posts/hostile-a/">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</a>',
      ),
    ).toBe(true);
    expect(line).toMatch(
      /<time datetime="\d{4}-\d\d-\d\d[^"]*">[A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/,
    );
    expect(postLine(post({ id: 'undated-a', date: undefined }))).toContain(' · undated</span>');
  });

  it('follows a post with the paragraphs that mention the subject, and nothing without any', () => {
    const a = post({ id: 'items-a', title: 'A & B' });
    const b = post({ id: 'items-b', title: 'C' });
    const items = postItems([a, b], (id) => (id === 'items-a' ? ['p-2', 'p-10'] : []));
    expect(items.match(/<li>/g)).toHaveLength(2);
    expect(items).toContain(
      `<span> · mentioned in <a href="/posts/items-a/#p-2">${paragraphLink('p-2', ' of A & B')}</a>, ` +
        `<a href="/posts/items-a/#p-10">${paragraphLink('p-10', ' of A & B')}</a></span></li>`,
    );
    expect(items.endsWith(`<li>${postLine(b)}</li>`)).toBe(true);
  });

  it('quotes what each post said, each sentence once, escaped and in the language of the post', () => {
    const a = post({ id: 'quotes-a', title: 'A', lang: 'fr' });
    const b = post({ id: 'quotes-b', title: 'B' });
    const said = 'Ada <b>spoke</b> & left.';
    const items = postItems(
      [a, b],
      (id) => (id === 'quotes-a' ? ['p-3'] : []),
      (id) => (id === 'quotes-a' ? [said, said, 'Ada came back.'] : []),
    );
    expect(items).toContain(
      '</span><blockquote><p lang="fr">Ada &lt;b&gt;spoke&lt;/b&gt; &amp; left.</p>' +
        '<p lang="fr">Ada came back.</p></blockquote></li>',
    );
    expect(items.endsWith(`<li>${postLine(b)}</li>`)).toBe(true);
  });

  it("says a paragraph that mentions the subject's talk but not the subject mentions the talk", () => {
    const items = postItems(
      [post({ id: 'talk-a', title: 'A' })],
      () => ['p-2'],
      () => none,
      () => ['p-5', 'p-2'],
    );
    expect(items).toContain(
      `<span> · mentioned in <a href="/posts/talk-a/#p-2">${paragraphLink('p-2', ' of A')}</a></span>` +
        `<span> · a talk of theirs in <a href="/posts/talk-a/#p-5">${paragraphLink('p-5', ' of A')}</a></span></li>`,
    );
    const talkOnly = postItems(
      [post({ id: 'talk-b', title: 'B' })],
      () => none,
      () => none,
      () => ['p-3'],
    );
    expect(talkOnly).not.toContain('mentioned in');
    expect(talkOnly).toContain(' · a talk of theirs in <a href="/posts/talk-b/#p-3">');
  });

  it('gives the paragraphs in reading order, however they were gathered', () => {
    const items = postItems([post({ id: 'order-a' })], () => ['p-10', 'p-3', 'p-1']);
    expect([...items.matchAll(/#(p-\d+)/g)].map((m) => m[1])).toEqual(['p-1', 'p-3', 'p-10']);
  });
});
