import { describe, expect, it } from 'vitest';
import { appendAll } from './append-all.ts';
import { parseArticle } from './parse-article.ts';

// Far past what `push(...items)` can take as arguments (about 100,000 here), in files well
// under the 8 MiB an article may have.
const MANY = 400_000;

describe('long lists from one article', () => {
  it('appendAll takes any number of items', () => {
    const target = [0];
    expect(appendAll(target, new Array<number>(MANY).fill(1))).toBe(target);
    expect(target.length).toBe(MANY + 1);
  });

  // Distinct words: a post keeps each tag once.
  const words = Array.from({ length: MANY }, (_, i) => `t${i}`);
  it.each([
    ['a YAML list', `---\ntitle: A\ntags: [${words.join(',')}]\n---\nx\n`],
    ['a comma string', `---\ntitle: A\ncategories: "${words.join(',')}"\n---\nx\n`],
    [
      "Zola's taxonomies",
      `+++\ntitle = "A"\n[taxonomies]\ntags = ["${words.join('","')}"]\n+++\nx\n`,
    ],
  ])('parses front matter with %s of 400,000 words into a post', (_, source) => {
    const { post, diagnostics } = parseArticle(source, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect([...(post?.tags ?? []), ...(post?.categories ?? [])]).toHaveLength(MANY);
  });

  it('reports every malformed link of an article that has hundreds of thousands', () => {
    const { diagnostics } = parseArticle(
      `---\ntitle: A\n---\n${'[a] (http://x)\n\n'.repeat(MANY / 2)}`,
      'posts/a.md',
    );
    expect(diagnostics.filter((d) => d.code === 'malformed-link')).toHaveLength(MANY / 2);
  });
});
