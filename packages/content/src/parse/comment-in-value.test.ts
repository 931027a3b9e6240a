import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

describe('YAML comments that cut tags and categories', () => {
  it('warn where hashtags written plain leave the tags empty, as Obsidian users write them', () => {
    const text = '---\ntitle: x\ntags: #devops, #k8s\ncategories: #conference\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(post?.tags).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: 'comment-in-value', severity: 'warning', line: 3, column: 7 },
      { code: 'comment-in-value', severity: 'warning', line: 4, column: 13 },
    ]);
    expect(diagnostics[0]!.message).toBe(
      'YAML reads ` #` as the start of a comment, so `tags` is empty; the rest of the line is left out.',
    );
  });

  it('warn where a comment cut a tag list short, and leave a comment after a list alone', () => {
    const text =
      '---\ntitle: x\ntags: kubernetes, cloud #native\ncategories: [a] # fine\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(post?.tags).toEqual(['kubernetes', 'cloud']);
    expect(diagnostics).toMatchObject([{ code: 'comment-in-value', line: 3, column: 25 }]);
  });

  it('warn where a description is cut to nothing', () => {
    const text = '---\ntitle: x\ndescription: #1 talk of the day\n---\nBody\n';
    expect(parseArticle(text, 'posts/a.md').diagnostics).toMatchObject([
      { code: 'comment-in-value', line: 3, column: 14 },
    ]);
  });
});
