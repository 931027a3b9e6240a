import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { readSourceText, type SourceText } from './source-text.ts';

// Control characters anywhere: they must reach no page, feed or terminal.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** Every string a value holds, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

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
    expect(strings(post).filter((x) => CONTROL.test(x))).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: 'control-character', severity: 'warning', line: 2, column: 13 },
    ]);
    expect(diagnostics[0]!.message).toContain('U+001B');
  });
});

describe('front matter with escaped control characters', () => {
  it('reads them as U+FFFD in every format, with a warning at the key', () => {
    const articles = {
      json: '{\n  "title": "Day \\u001b[2J two",\n  "tags": ["a\\u0007"]\n}\nBody.\n',
      yaml: '---\ntags: [ok]\ntitle: "Day \\e[2J two"\n---\nBody.\n',
      toml: '+++\ntitle = "Day \\u001B[2J two"\n+++\nBody.\n',
    };
    for (const [format, source] of Object.entries(articles)) {
      const { post, diagnostics } = parseArticle(source, `posts/${format}.md`);
      expect(post?.title, format).toBe('Day \uFFFD[2J two');
      expect(
        strings(post).filter((x) => CONTROL.test(x)),
        format,
      ).toEqual([]);
      const warning = diagnostics.find((d) => d.code === 'control-character');
      expect(warning, format).toMatchObject({ line: format === 'yaml' ? 3 : 2 });
    }
  });
});
