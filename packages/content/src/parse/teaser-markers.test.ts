import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const body = (marker: string) =>
  `---\ntitle: x\nsummary: Front matter summary\n---\nFirst para.\n\nSecond para.\n\n${marker}\n\nRest.\n`;

describe('teaser markers of other engines', () => {
  it.each([
    ['Docusaurus, as HTML', '<!-- truncate -->', 'posts/a.md'],
    ['Docusaurus, as HTML without spaces', '<!--truncate-->', 'posts/a.md'],
    ['Docusaurus, as an MDX comment', '{/* truncate */}', 'posts/a.mdx'],
    ['Docusaurus, as an MDX comment in a .md file', '{/* truncate */}', 'posts/a.md'],
    ["Pelican's summary plugin", '<!-- PELICAN_END_SUMMARY -->', 'posts/a.md'],
    ['WordPress, with its link text', '<!--more Read the rest of day two-->', 'posts/a.md'],
  ])('cut the excerpt at the marker: %s', (_, marker, path) => {
    const { post, diagnostics } = parseArticle(body(marker), path);
    expect(diagnostics).toEqual([]);
    expect(post?.excerpt).toBe('First para.\n\nSecond para.');
    expect(post?.text).toBe('First para.\n\nSecond para.\n\nRest.');
    expect(post?.html).not.toContain('truncate');
  });

  it('leave a truncate comment inside a paragraph as written', () => {
    const text = '---\ntitle: x\n---\nWe wrote {/* truncate */} in a post.\n\nRest.\n';
    const { post } = parseArticle(text, 'posts/a.md');
    expect(post?.excerpt).toBe('We wrote {/* truncate */} in a post.');
  });
});
