import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from './anchors.ts';
import { linkKind } from './link-kind.ts';
import { parseArticle } from './parse-article.ts';
import { plainText } from './plain-text.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('template tags', () => {
  const { post, diagnostics } = parseArticle(fixture('template-and-links.md'), 'posts/t.md');

  it('that stand for a picture or an embed are read as its Markdown, at their place', () => {
    expect(post?.html).toContain('<img src="x.png" alt="">');
    expect(post?.html).toContain('<img src="/a.jpg" alt="">');
    expect(post?.html).toContain('<a href="https://www.youtube.com/watch?v=abc">Video</a>');
    expect(post?.links).toContainEqual(
      expect.objectContaining({ url: 'https://www.youtube.com/watch?v=abc', line: 5, column: 29 }),
    );
    expect(post?.text).not.toMatch(/\{% img|\{\{<|fig\(/);
  });

  it('that stand for nothing this reads are reported at their file position and left out', () => {
    const tags = diagnostics.filter((d) => d.code === 'template-tag');
    expect(tags.map((d) => [d.line, d.column])).toEqual([[15, 1]]);
    expect(post?.text).not.toContain('site.posts');
    expect(post?.html).not.toMatch(/\{% (img|for)|\{\{<|fig\(|site\.posts/);
  });

  it('are left alone inside code', () => {
    expect(post?.text).toContain('{{ kept }}');
    expect(post?.html).toContain('{% raw %}');
  });
});

describe('malformed links', () => {
  it('are warnings at the position of the broken link', () => {
    const { post, diagnostics } = parseArticle(fixture('template-and-links.md'), 'posts/t.md');
    const broken = diagnostics.filter((d) => d.code === 'malformed-link');
    expect(broken).toMatchObject([
      { severity: 'warning', line: 9, column: 5 },
      { severity: 'warning', line: 9, column: 52 },
    ]);
    expect(broken[1]!.message).toContain('[]"Title"] (http://example.com/z)');
    expect(post).toBeDefined();
  });

  it('are not reported for well-formed links, references or code', () => {
    const text = '---\ntitle: x\n---\n[a](http://x) [b][c] `] (http://y)` [ok]\n\n[c]: http://z\n';
    expect(parseArticle(text, 'posts/x.md').diagnostics).toEqual([]);
  });
});

describe('sanitized HTML', () => {
  const { post } = parseArticle(fixture('unsafe-html.md'), 'posts/u.md');
  const html = post?.html ?? '';

  it('has no script, style content, event handler or javascript:/data: URL', () => {
    expect(html).not.toMatch(/<script|alert\(1\)|onclick|javascript:|display: none|data:image/i);
  });

  it('keeps the harmless parts: text, code language class, paragraph ids', () => {
    expect(html).toContain('Click');
    expect(html).toContain('class="language-js"');
    expect(html).toMatch(/<p id="p-\d+">/);
  });
});

describe('paragraph anchors', () => {
  it('match the ids of the HTML, including tight list items and nested blocks', () => {
    const text =
      '---\ntitle: x\n---\nOne\n\n- a\n- b\n  - c\n\n1. loose\n\n   two\n\n> quoted\n\n<div>\n\nin html\n\n</div>\n\n' +
      '<p>raw one</p>\n<div><p id="own">raw two</p></div>\n\nlast\n';
    const { post, tree } = parseArticle(text, 'posts/x.md');
    const anchors = [...paragraphAnchors(tree!)];
    expect(anchors.map(([, id]) => id)).toEqual([
      'p-1',
      'p-2',
      'p-3',
      'p-4',
      'p-5',
      'p-6',
      'p-7',
      'p-8',
      'p-9',
      'p-10',
    ]);
    // A `<p>` of raw HTML is numbered in its place among the Markdown paragraphs, but one with
    // an id of its own, which it keeps.
    const textOf = (node: (typeof anchors)[number][0]) =>
      node.type === 'paragraph'
        ? plainText(node)
        : node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    expect(anchors.slice(-2).map(([node]) => textOf(node))).toEqual(['raw one', 'last']);
    expect(post!.html).toContain('<p id="user-content-own">raw two</p>');
    for (const [node, id] of anchors) {
      const match = new RegExp(`id="${id}">([^<]*)`).exec(post!.html);
      expect(match?.[1]?.trim(), id).toBe(textOf(node).trim());
    }
  });

  it('give the headings of raw HTML slugs among the Markdown ones, for contents and links', () => {
    const { post } = parseArticle(
      '---\ntitle: x\n---\n## Day two\n\n<h2>Day <em>two</em></h2>\n<p>Talks</p>\n<h3 id="mine">Own</h3>\n\n### Wrap-up\n',
      'posts/x.md',
    );
    expect(post?.headings).toEqual([
      { depth: 2, text: 'Day two', anchor: 'day-two' },
      { depth: 2, text: 'Day two', anchor: 'day-two-1' },
      { depth: 3, text: 'Wrap-up', anchor: 'wrap-up' },
    ]);
    expect(post?.html).toContain('<h2 id="day-two-1">Day <em>two</em></h2>');
    expect(post?.html).toContain('<h3 id="user-content-mine">Own</h3>');
  });

  it("take a heading's own {#id} for its anchor, and show the {#id} nowhere", () => {
    for (const more of ['', '\n<p>raw <b>HTML</b></p>\n']) {
      const { post } = parseArticle(
        `---\ntitle: x\n---\n## Reading list {#reading-list}\n\nSee [it](#reading-list).\n${more}\n## Reading list\n\n### Other {: #other .wide}\n`,
        'posts/x.md',
      );
      expect(
        post?.headings.map((h) => [h.text, h.anchor]),
        more,
      ).toEqual([
        ['Reading list', 'reading-list'],
        ['Reading list', 'reading-list-1'],
        ['Other', 'other'],
      ]);
      expect(post?.html, more).toContain('<h2 id="reading-list">Reading list</h2>');
      expect(post?.html, more).toContain('<h3 id="other">Other</h3>');
      expect(`${post?.html} ${post?.text}`, more).not.toContain('{');
    }
  });

  it('give a heading whose text slugs to nothing an anchor of its own, in Markdown and HTML', () => {
    const { post } = parseArticle(
      '---\ntitle: x\n---\n## ’\n\n## 🚀\n\n<h2>…</h2>\n\n## Section\n',
      'posts/x.md',
    );
    const anchors = post?.headings.map((h) => h.anchor);
    expect(anchors).toEqual(['section', 'section-1', 'section-2', 'section-3']);
    for (const anchor of anchors ?? []) expect(post?.html).toContain(`id="${anchor}"`);
    expect(post?.html).not.toContain('id=""');
  });

  it('give headings GitHub-style slugs that the HTML uses', () => {
    const { post } = parseArticle('---\ntitle: x\n---\n# Day Two!\n\n## Day two\n', 'posts/x.md');
    expect(post?.headings.map((h) => h.anchor)).toEqual(['day-two', 'day-two-1']);
    expect(post?.html).toContain('<h2 id="day-two-1">');
  });
});

describe('links', () => {
  it('are classified by host and text', () => {
    expect(linkKind('https://twitter.com/scottcjohnston', '@scottcjohnston')).toBe('twitter');
    expect(linkKind('https://x.com/a', 'a')).toBe('twitter');
    expect(linkKind('https://www.linkedin.com/in/someone', 'someone')).toBe('linkedin');
    expect(linkKind('https://github.com/aws/amazon-ecs-agent', 'one')).toBe('github');
    expect(linkKind('https://github.com/di/talks/blob/master/talk.md', 'Slide contents')).toBe(
      'slides',
    );
    expect(linkKind('https://speakerdeck.com/a/b', 'deck')).toBe('slides');
    expect(linkKind('https://www.youtube.com/watch?v=8FeNdXzVLEs', 'talk')).toBe('video');
    expect(linkKind('https://hachyderm.io/@someone', 'someone')).toBe('mastodon');
    expect(linkKind('https://medium.com/@someone', 'someone')).toBe('other');
    expect(linkKind('https://bsky.app/profile/a', 'a')).toBe('bluesky');
    expect(linkKind('https://quay.io/', 'quay.io')).toBe('other');
  });

  it('carry file lines and columns, and references resolve through definitions', () => {
    const text =
      '---\ntitle: x\n---\n\nSee [slides][s] and <https://youtu.be/x>.\n\n[s]: https://speakerdeck.com/a\n';
    expect(parseArticle(text, 'posts/x.md').post?.links).toEqual([
      { url: 'https://speakerdeck.com/a', text: 'slides', line: 5, column: 5, kind: 'slides' },
      { url: 'https://youtu.be/x', text: 'https://youtu.be/x', line: 5, column: 21, kind: 'video' },
    ]);
  });
});

describe('derived fields', () => {
  it('cut the excerpt at a teaser marker, count words and hash the file', () => {
    const text = '---\ntitle: x\n---\nFirst *para*.\n\n<!-- more -->\n\nSecond para here.\n';
    const { post } = parseArticle(text, 'posts/x.md');
    expect(post?.excerpt).toBe('First para.');
    expect(post?.text).toBe('First para.\n\nSecond para here.');
    expect(post?.wordCount).toBe(5);
    expect(post?.readingMinutes).toBe(1);
    expect(post?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(parseArticle(`${text} `, 'posts/x.md').post?.digest).not.toBe(post?.digest);
  });

  it("cut the excerpt at the post's own `excerpt_separator`, as Jekyll does", () => {
    const text =
      '---\ntitle: x\nexcerpt_separator: <!--end-->\n---\nFirst para.\n\nSecond.\n\n<!--end-->\n\nRest.\n';
    expect(parseArticle(text, 'posts/x.md').post?.excerpt).toBe('First para.\n\nSecond.');
    const words = '---\ntitle: x\nexcerpt_separator: "[[more]]"\n---\nOne.\n\n[[more]]\n\nTwo.\n';
    expect(parseArticle(words, 'posts/x.md').post?.excerpt).toBe('One.');
  });
});
