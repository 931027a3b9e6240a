import { describe, expect, it } from 'vitest';
import { htmlTextBlocks } from './html-text.ts';
import { parseArticle } from './parse-article.ts';

// A WordPress post as exporters convert it to Markdown: its body still HTML, with no blank
// line between blocks, the teaser marker among them.
const wordpress = [
  '---',
  'title: KubeCon day one',
  '---',
  '<p>Intro with <strong>bold</strong> &amp; a <a href="https://example.com">link</a>.</p>',
  '<!--more-->',
  '<h2>Keynote</h2>',
  '<p>Kelsey Hightower talked<br>about Serverless.</p>',
  '<script>track("view")</script><style>p { color: red }</style>',
  '<div class="wp-block-image"><figure><img src="x.png" alt="The stage"/><figcaption>Day one</figcaption></figure></div>',
  '',
].join('\n');

describe('the text of HTML blocks', () => {
  it('is read block by block, without scripts and styles', () => {
    expect(htmlTextBlocks('<p>A <em>b</em></p><ul><li>c</li><li>d</li></ul><!-- x -->')).toEqual([
      'A b',
      'c',
      'd',
    ]);
    expect(htmlTextBlocks('<!-- more -->')).toEqual([]);
  });

  it("is a post's text, word count and excerpt, where a body of HTML gave none", () => {
    const { post, diagnostics } = parseArticle(wordpress, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post?.text).toBe(
      'Intro with bold & a link.\n\nKeynote\n\nKelsey Hightower talked about Serverless.\n\nThe stage\n\nDay one',
    );
    expect(post?.wordCount).toBe(15);
    expect(post?.readingMinutes).toBe(1);
    expect(post?.excerpt).toBe('Intro with bold & a link.');
  });

  it('gives the excerpt its first block when there is no marker', () => {
    const text =
      '---\ntitle: x\n---\n<div class="kg-card">\n<p>First.</p>\n<p>Second.</p>\n</div>\n';
    expect(parseArticle(text, 'posts/a.md').post?.excerpt).toBe('First.');
  });
});
