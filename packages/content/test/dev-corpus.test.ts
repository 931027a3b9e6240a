import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Post, paragraphAnchors, parseArticle } from '../src/index.ts';

// The shared development corpus sits beside the repository on the project's machines and is
// absent from a user's clone; these tests then report why they did not run.
const corpus = new URL('../../../../shared/corpus/dev/', import.meta.url);
const present = existsSync(corpus);
const articles = present
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : [];

describe('dev corpus', () => {
  it('is either present with its eight articles, or absent and said so', () => {
    if (!present) {
      console.warn(`dev corpus not found at ${corpus.pathname}: its tests did not run.`);
      return;
    }
    expect(articles).toHaveLength(8);
  });

  it.runIf(present)('parses every article without errors into a valid post', () => {
    for (const name of articles) {
      const { post, diagnostics } = parseArticle(
        readFileSync(new URL(name, corpus)),
        `posts/${name}`,
      );
      expect(
        diagnostics.filter((d) => d.severity === 'error'),
        name,
      ).toEqual([]);
      expect(Post.safeParse(post).success, name).toBe(true);
    }
  });

  it.runIf(present)('gives HTML paragraph ids that agree with the tree anchors', () => {
    for (const name of articles) {
      const { post, tree } = parseArticle(readFileSync(new URL(name, corpus)), `posts/${name}`);
      const anchors = [...paragraphAnchors(tree!).values()];
      const inHtml = [...post!.html.matchAll(/ id="(p-\d+)"/g)].map((m) => m[1]);
      expect(inHtml, name).toEqual(anchors);
    }
  });

  it.runIf(present)(
    'reads each engine’s front matter, and template tags as the pictures they stand for',
    () => {
      const parse = (name: string) =>
        parseArticle(readFileSync(new URL(name, corpus)), `posts/${name}`);
      expect(parse('drylm-dockercon-eu-2017.md').post?.source.format).toBe('nikola');
      expect(parse('jr0cket-qcon-london-2012.md').post?.source.format).toBe('hexo');
      const zola = parse('jantuomi-qcon-london-2024.md');
      expect(zola.diagnostics.map((d) => d.code)).not.toContain('template-tag');
      expect(zola.post?.html).not.toContain('{{');
      expect(zola.post?.html).toMatch(/<img src="\/files\/[^"]+\.jpg" alt="London from above/);
      // Octopress' img tags: one left open (`)` where `%}` should be) is shown as written, and
      // said; the paragraphs and the picture after it, up to the next tag's `%}`, are kept.
      const octopress = parse('jr0cket-qcon-london-2012.md');
      expect(octopress.post?.html.match(/<img /g)).toHaveLength(7);
      expect(octopress.post?.html).toContain('{% img img-thumbnail');
      expect(octopress.post?.text).toContain('Sponsored tracks at conferences');
      expect(
        octopress.diagnostics
          .filter((d) => d.code.endsWith('template-tag'))
          .map((d) => [d.line, d.code]),
      ).toEqual([[38, 'unclosed-template-tag']]);
    },
  );
});
