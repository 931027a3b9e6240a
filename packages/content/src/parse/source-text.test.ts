import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { readSourceText, type SourceText } from './source-text.ts';

// Control characters anywhere: they must reach no page, feed or terminal.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

describe('readSourceText', () => {
  it('reads control characters as U+FFFD, keeping every column, and notes the first', () => {
    const read = readSourceText('a\tb\r\nc\u001b[31md\u0007e\u0085\ff\n') as SourceText;
    expect(read.text).toBe('a\tb\nc\uFFFD[31md\uFFFDe\uFFFD\ff\n');
    expect(read.control).toEqual({ at: 5, code: 0x1b });
    expect((readSourceText('plain\ttext\n') as SourceText).control).toBeUndefined();
  });
});

describe('an article with control characters', () => {
  it('gives a post free of them, with a warning at the first one', () => {
    const source = '---\ntitle: "Day \u001b[2J two"\n---\nA talk by **Ada\u0008 Byron**.\n';
    const { post, diagnostics } = parseArticle(source, 'posts/day.md');
    expect(post).toBeDefined();
    for (const field of [post!.title, post!.body, post!.html, post!.text, post!.excerpt])
      expect(field).not.toMatch(CONTROL);
    expect(diagnostics).toMatchObject([
      { code: 'control-character', severity: 'warning', line: 2, column: 13 },
    ]);
    expect(diagnostics[0]!.message).toContain('U+001B');
  });
});
