import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

// Hugo keeps the keys it does not define under [params], Zola under [extra]: themes read the
// post's author and image there.
describe("the author and image in Hugo's [params] and Zola's [extra]", () => {
  it.each(['params', 'extra'])('are the post’s, from [%s]', (table) => {
    const text = `+++\ntitle = "x"\n[${table}]\nauthor = "Ann One"\nimage = "cover.png"\ntoc = true\n+++\nBody\n`;
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post?.author).toEqual({ name: 'Ann One' });
    expect(post?.image).toBe('cover.png');
    // Nothing is taken out of the table: it stays where the writer put it.
    const kept = { author: 'Ann One', image: 'cover.png', toc: true };
    expect(post?.extra).toEqual(table === 'extra' ? kept : { params: kept });
  });

  it('give way to the same fields at the top', () => {
    const text = '+++\ntitle = "x"\nauthor = "Top"\n[params]\nauthor = "Nested"\n+++\nBody\n';
    expect(parseArticle(text, 'posts/a.md').post?.authors).toBeUndefined();
    expect(parseArticle(text, 'posts/a.md').post?.author).toEqual({ name: 'Top' });
  });

  it('leave drafts and dates to the top-level keys the engines read', () => {
    const text = '---\ntitle: x\nparams:\n  draft: true\n  date: 2015-02-30\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post?.draft).toBe(false);
    expect(post?.extra).toEqual({ params: { draft: true, date: '2015-02-30' } });
  });
});
