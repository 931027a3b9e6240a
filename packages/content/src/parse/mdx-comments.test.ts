import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const mdx = [
  '---',
  'title: MDX comments',
  '---',
  "import X from './x';",
  '',
  '{/* A note to self: add the slides */}',
  '',
  'First paragraph {/* inline remark */} continues.',
  '',
  '`{/* in code */}` stays.',
  '',
  '{/*',
  '  a comment over lines',
  '*/}',
  '',
  'Last.',
  '',
].join('\n');

describe('MDX comments', () => {
  it('are left out of the text, the excerpt and the HTML of an .mdx post', () => {
    const { post, diagnostics } = parseArticle(mdx, 'posts/a.mdx');
    expect(diagnostics).toEqual([]);
    expect(post?.excerpt).toBe('First paragraph continues.');
    expect(post?.text).toBe('First paragraph continues.\n\n{/* in code */} stays.\n\nLast.');
    expect(post?.html).not.toContain('note to self');
    expect(post?.html).toContain('<code>{/* in code */}</code>');
  });

  it('are text in a Markdown post, where braces mean nothing', () => {
    const { post } = parseArticle(mdx, 'posts/a.md');
    expect(post?.text).toContain('{/* inline remark */}');
  });

  it('end the teaser when they say truncate', () => {
    const text = '---\ntitle: x\n---\nOne.\n\n{/* truncate */}\n\nTwo {/* x */}.\n';
    const { post } = parseArticle(text, 'posts/a.mdx');
    expect(post?.excerpt).toBe('One.');
    expect(post?.text).toBe('One.\n\nTwo .');
  });
});

describe('an MDX comment inside an import block', () => {
  it('is hidden with the block', () => {
    const text = "---\ntitle: x\n---\nimport X from 'x'; {/* why */}\n\nText.\n";
    const { post } = parseArticle(text, 'posts/a.mdx');
    expect(post?.text).toBe('Text.');
  });
});
