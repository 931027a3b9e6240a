import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { parsePost } from '../../src/parse/parse-post.ts';
import { slugify } from '../../src/parse/post-id.ts';
import { analyzeArticles } from '../../src/resolve/analyze.ts';
import { buildCatalog } from '../../src/resolve/build-catalog.ts';
import { checkReferences } from '../../src/resolve/check-references.ts';
import { Catalog } from '../../src/schema/catalog.ts';
import type { Diagnostic } from '../../src/schema/diagnostic.ts';
import { anyBytes, anyText, article, articleSet, goodArticle, RUNS, xss } from './arbitraries.ts';
import { activeParts } from './inert-html.ts';
import { linesOf, outside } from './inside-file.ts';
import { record } from './report.ts';

const options = { numRuns: RUNS };
// Seconds a property may take: many runs in `npm run harden` on a loaded machine.
const timeout = Math.max(30_000, RUNS * 300);

type Source = string | Uint8Array;

/** A post, or at least one error saying why there is none; every position inside the file. */
function parsesCleanly(source: Source): void {
  const { post, diagnostics } = parsePost(source, 'posts/p.md');
  expect(outside(diagnostics, linesOf(source))).toEqual([]);
  if (!post) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else {
    // Ids are URL-safe and already slugs: letters and digits (any script, with the marks its
    // letters are written with) joined by `-`.
    expect(post.id).toMatch(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u);
    expect(slugify(post.id)).toBe(post.id);
  }
  expect(diagnostics.every((d) => d.file === 'posts/p.md')).toBe(true);
}

const build = (files: readonly { path: string; source: Source }[]) => {
  const analyzed = analyzeArticles(files);
  return buildCatalog(analyzed);
};

function unique(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

function outsideFiles(
  diagnostics: readonly Diagnostic[],
  files: readonly { path: string; source: Source }[],
): Diagnostic[] {
  const lines = new Map(files.map((f) => [f.path, linesOf(f.source)]));
  return diagnostics.filter((d) => {
    const of = lines.get(d.file);
    // Catalog-wide findings point at the content directory, line 1.
    return of ? outside([d], of).length > 0 : d.file !== '.' || d.line !== 1;
  });
}

describe('parsePost on any input', () => {
  const cases: [string, fc.Arbitrary<Source>][] = [
    ['any text', anyText],
    ['any bytes', anyBytes],
    ['plausible articles in every front-matter format', article],
  ];
  for (const [name, arbitrary] of cases)
    it(
      `${name}: a post or an error, never an exception, positions inside the file`,
      () => {
        fc.assert(fc.property(arbitrary, parsesCleanly), options);
        record('properties', RUNS);
      },
      timeout,
    );

  it(
    'renders HTML that runs nothing, whatever raw HTML and link URLs the article holds',
    () => {
      fc.assert(
        fc.property(fc.oneof(article, goodArticle), (source) => {
          const { post } = parsePost(source, 'posts/p.md');
          expect(activeParts(post?.html ?? '')).toEqual([]);
        }),
        options,
      );
      // The check sees each vector when it is not sanitized away, so it can fail.
      expect(xss.filter((x) => activeParts(x).length === 0)).toEqual([]);
      record('injections', RUNS);
    },
    timeout,
  );

  it(
    'parses the same input twice to the same post and tree',
    () => {
      fc.assert(
        fc.property(fc.oneof(article, anyBytes), (source) => {
          expect(parseArticle(source, 'posts/p.md')).toEqual(parseArticle(source, 'posts/p.md'));
        }),
        options,
      );
      record('properties', RUNS);
    },
    timeout,
  );

  it(
    'reads an article with a title to a post whose id comes from its path',
    () => {
      fc.assert(
        fc.property(goodArticle, (source) => {
          const { post } = parsePost(source, 'posts/2031-05-01-day-one.md');
          expect(post?.id).toBe('day-one');
        }),
        options,
      );
      record('properties', RUNS);
    },
    timeout,
  );

  it('places a bad byte after a byte-order mark and a lone CR where an editor shows it', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0xc3, 0xa9, 0x80]);
    expect(parsePost(bytes, 'posts/p.md').diagnostics).toMatchObject([
      { code: 'invalid-encoding', line: 2, column: 2 },
    ]);
  });
});

describe('the catalog of any set of articles', () => {
  it(
    'is valid, with unique ids, references that hold and positions inside the files',
    () => {
      fc.assert(
        fc.property(articleSet, (files) => {
          const { catalog, diagnostics } = build(files);
          expect(Catalog.safeParse(catalog).success).toBe(true);
          expect(unique(catalog.posts.map((p) => p.id))).toBe(true);
          expect(unique(catalog.talks.map((t) => t.id))).toBe(true);
          expect(unique(catalog.speakers.map((s) => s.id))).toBe(true);
          expect(checkReferences(catalog)).toEqual([]);
          expect(outsideFiles(diagnostics, files)).toEqual([]);
        }),
        options,
      );
      record('properties', RUNS);
    },
    timeout,
  );

  it(
    'is the same for the same files, built twice or read in another order',
    () => {
      fc.assert(
        fc.property(
          articleSet.chain((files) =>
            fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })),
          ),
          ([files, shuffled]) => {
            const once = build(files);
            expect(build(files)).toEqual(once);
            expect(build(shuffled)).toEqual(once);
          },
        ),
        options,
      );
      record('properties', RUNS);
    },
    timeout,
  );
});
