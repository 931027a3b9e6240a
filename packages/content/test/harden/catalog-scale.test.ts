import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/resolve/analyze.ts';
import { buildCatalog } from '../../src/resolve/build-catalog.ts';
import { checkReferences } from '../../src/resolve/check-references.ts';
import { growth } from './measure.ts';
import { record } from './report.ts';

// Characters of prose: 1,500 talks, then 6,000 (the build, not the extraction, is under test).
const SIZE = 40_000;

// Analyses are made once per size, so only the catalog build is timed.
const analyses = new Map<number, ReturnType<typeof analyzeArticles>>();
const analyzed = (size: number) => {
  if (!analyses.has(size)) {
    const source = `---\ntitle: Keynotes\n---\n${'the keynote by Ann Lee and '.repeat(size / 27)}`;
    analyses.set(size, analyzeArticles([{ path: 'posts/k.md', source }]));
  }
  return analyses.get(size)!;
};

describe('the catalog of one speaker with thousands of untitled talks', () => {
  it('is built and checked in linear time: ids and references are not a scan each', () => {
    const { catalog } = buildCatalog(analyzed(SIZE / 4));
    expect(catalog.talks.length).toBeGreaterThan(SIZE / 4 / 30);
    expect(new Set(catalog.talks.map((t) => t.id)).size).toBe(catalog.talks.length);
    expect(checkReferences(catalog)).toEqual([]);
    const build = (n: number) => checkReferences(buildCatalog(analyzed(n)).catalog);
    // 4x the input may take at most 10x the time (see adversarial.test.ts).
    expect(growth(build, SIZE)).toBeLessThan(10);
    record('adversarial', 1);
  });
});
