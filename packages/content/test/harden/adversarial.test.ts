import { describe, expect, it } from 'vitest';
import { parsePost } from '../../src/parse/parse-post.ts';
import { MAX_ARTICLE_BYTES } from '../../src/parse/source-text.ts';
import { analyzeArticles } from '../../src/resolve/analyze.ts';
import { buildCatalog } from '../../src/resolve/build-catalog.ts';
import { parserCases, proseCases } from './cases.ts';
import { linesOf, outside } from './inside-file.ts';
import { growth } from './measure.ts';
import { record } from './report.ts';

const build = (source: string | Uint8Array) => {
  const analyzed = analyzeArticles([{ path: 'posts/hostile.md', source }]);
  return buildCatalog({ ...analyzed });
};

// 4x the input may take at most 10x the time: linear work passes with room for a loaded
// machine, quadratic work (16x) does not.
const LINEAR = 10;
// Bytes of the smaller input of each case: larger in `npm run harden`.
const SIZE = Number(process.env.HARDEN_SIZE ?? 10_000);
const timeout = Math.max(30_000, SIZE * 6);

describe('hostile articles', () => {
  for (const [name, make] of Object.entries(parserCases)) {
    it(
      `${name}: a result or diagnostics inside the file, in linear time`,
      () => {
        const source = make(SIZE);
        const { diagnostics } = build(source);
        expect(outside(diagnostics, linesOf(source))).toEqual([]);
        expect(growth((n) => build(make(n)), SIZE)).toBeLessThan(LINEAR);
        record('adversarial', 1);
      },
      timeout,
    );
  }

  it('refuses a 20 MB file with file-too-large before parsing it', () => {
    const huge = `---\ntitle: Huge\n---\n${'word '.repeat(4 * 1024 * 1024)}`;
    const start = performance.now();
    const { post, diagnostics } = parsePost(huge, 'posts/huge.md');
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(post).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'file-too-large', severity: 'error', line: 1 }]);
    expect(diagnostics[0]!.message).toContain(`${MAX_ARTICLE_BYTES / 1024 / 1024}.0 MiB`);
    record('adversarial', 1);
  });

  it('reads a 5 MB line, under the limit, into a post', () => {
    const { post } = parsePost(`---\ntitle: Long\n---\n${'word '.repeat(1_000_000)}`, 'posts/l.md');
    expect(post?.wordCount).toBe(1_000_000);
    record('adversarial', 1);
  });

  it('says what is wrong with each kind of broken file', () => {
    const code = (name: string) => parsePost(parserCases[name]!(4_000), 'posts/x.md').diagnostics;
    expect(code('binary with a .md name')).toMatchObject([{ code: 'binary-file' }]);
    expect(code('invalid UTF-8')).toMatchObject([{ code: 'invalid-encoding', line: 4, column: 4 }]);
    expect(code('Latin-1')).toMatchObject([{ code: 'decoded-as-latin-1', severity: 'warning' }]);
    expect(code('UTF-16 with BOM')).toEqual([]);
    expect(code('NUL bytes')).toMatchObject([{ code: 'nul-character', line: 4, column: 2 }]);
    expect(code('YAML alias bomb')).toMatchObject([{ code: 'invalid-yaml' }]);
    expect(code('deep JSON front matter')).toMatchObject([{ code: 'too-deeply-nested' }]);
    expect(code('deep YAML front matter')).toMatchObject([{ code: 'invalid-yaml' }]);
    expect(code('TOML absurd numbers and dates')).toMatchObject([{ code: 'invalid-toml' }]);
    expect(code('front matter never closed')).toMatchObject([{ code: 'unclosed-front-matter' }]);
    expect(code('lists nested on one line')).toMatchObject([
      { code: 'too-deeply-nested', line: 4, column: 201 },
    ]);
    expect(code('raw HTML nested')).toMatchObject([{ code: 'too-deeply-nested', line: 4 }]);
    record('adversarial', 12);
  });

  it('gives two posts with one id distinct ids, with a warning', () => {
    const same = '---\ntitle: Same\nslug: same\n---\nBody\n';
    const analyzed = analyzeArticles([
      { path: 'posts/b.md', source: same },
      { path: 'posts/a.md', source: same },
    ]);
    expect(analyzed.posts.map((p) => p.id)).toEqual(['same', 'same-2']);
    expect(analyzed.diagnostics).toMatchObject([{ code: 'duplicate-id', file: 'posts/b.md' }]);
  });
});

describe('pathological prose', () => {
  for (const [name, make] of Object.entries(proseCases)) {
    it(
      `${name}: extraction in linear time`,
      () => {
        const source = make(SIZE / 2);
        expect(outside(build(source).diagnostics, linesOf(source))).toEqual([]);
        expect(growth((n) => build(make(n)), SIZE / 2)).toBeLessThan(LINEAR);
        record('adversarial', 1);
      },
      timeout,
    );
  }
});
