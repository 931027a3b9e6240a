import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { parseArticle } from './parse-article.ts';
import { plainText } from './plain-text.ts';

describe('inline HTML in a paragraph', () => {
  it('leaves the text around its tags one line, not blocks split at each tag', () => {
    const tree = parseMarkdown('Hi <b>there</b> you,<br>and <kbd>Ctrl</kbd>.\n');
    expect(plainText(tree)).toBe('Hi there you, and Ctrl.');
  });

  it('gives a post its excerpt, headings and link texts whole', () => {
    const text =
      '---\ntitle: x\n---\n## Keynote <small>day one</small>\n\nShe said <em>this</em> and [the <b>slides</b>](https://s.example/x).\n';
    const { post } = parseArticle(text, 'posts/a.md');
    expect(post?.excerpt).toBe('She said this and the slides.');
    expect(post?.headings).toMatchObject([{ text: 'Keynote day one' }]);
    expect(post?.links).toMatchObject([{ text: 'the slides' }]);
    expect(post?.text).toBe('Keynote day one\n\nShe said this and the slides.');
  });
});
