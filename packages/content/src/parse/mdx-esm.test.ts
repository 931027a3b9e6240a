import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const text =
  "---\ntitle: MDX post\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\nBlog posts support MDX.\n\nexport const Highlight = ({children}) => <span>{children}</span>;\n";

describe('MDX import and export lines', () => {
  it('are left out of the text, the excerpt and the HTML of an .mdx post', () => {
    const { post, diagnostics } = parseArticle(text, 'posts/a.mdx');
    expect(diagnostics).toEqual([]);
    expect(post?.excerpt).toBe('Blog posts support MDX.');
    expect(post?.text).toBe('Blog posts support MDX.');
    expect(post?.html).not.toMatch(/import|export/);
    // Body positions stay those of the file.
    expect(post?.headings).toEqual([]);
  });

  it('stay text in a Markdown post, where they are prose', () => {
    const { post } = parseArticle(text, 'posts/a.md');
    expect(post?.excerpt).toMatch(/^import Tabs/);
  });
});
