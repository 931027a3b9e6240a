import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { loadEvents } from '../node/load-records.ts';
import { analyzeArticles } from './analyze.ts';
import { buildCatalog } from './build-catalog.ts';
import { CatalogMemo } from './catalog-memo.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateCorpus(dir, { posts: 80, seed: 9 });
const sources = readdirSync(join(dir, 'posts')).map((f) => ({
  path: `posts/${f}`,
  source: readFileSync(join(dir, 'posts', f), 'utf8'),
}));
// The events the generator wrote, as the loader reads them.
const { events } = await loadEvents(dir);
const build = (input: typeof sources, memo?: CatalogMemo, curated = events) =>
  JSON.stringify(buildCatalog({ ...analyzeArticles(input), events: curated, memo }));

describe('CatalogMemo', () => {
  it('gives the catalog a build without it gives, fresh, reused, and after a change', () => {
    const plain = build(sources);
    const memo = new CatalogMemo();
    expect(build(sources, memo)).toBe(plain);
    const saved = CatalogMemo.fromJSON(JSON.parse(JSON.stringify(memo)));
    expect(build(sources, saved)).toBe(plain);
    const changed = sources.map((s, i) =>
      i === 5
        ? {
            ...s,
            source: s.source.replace(/\n\n/, '\n\nIda Moss spoke about **Quiet Gears**.\n\n'),
          }
        : s,
    );
    const again = CatalogMemo.fromJSON(JSON.parse(JSON.stringify(saved)));
    expect(build(changed, again)).toBe(build(changed));
    expect(build(changed)).not.toBe(plain);
  });

  it('keeps only what the last build used, and forgets events when the curated ones change', () => {
    const memo = new CatalogMemo();
    build(sources, memo);
    const stored = JSON.parse(JSON.stringify(memo));
    expect(stored.events).toHaveLength(80);
    const fewer = new CatalogMemo(stored);
    build(sources.slice(0, 10), fewer);
    expect(JSON.parse(JSON.stringify(fewer)).events).toHaveLength(10);
    expect(CatalogMemo.fromJSON({ version: 9 }).toJSON().events).toEqual([]);
    const oneLess = events.slice(1);
    expect(build(sources, new CatalogMemo(stored), oneLess)).toBe(
      build(sources, undefined, oneLess),
    );
  });

  it('holds the inputs it was asked about by digest, not the inputs themselves', () => {
    const memo = new CatalogMemo();
    const { catalog } = buildCatalog({ ...analyzeArticles(sources), events, memo });
    const saved = JSON.stringify(memo);
    const stored = JSON.parse(saved);
    expect(stored.talks.length).toBeGreaterThan(0);
    for (const [key] of stored.talks) expect(key).toMatch(/^[\w-]{43}$/);
    expect(stored.eventsKey).toMatch(/^[\w-]{43}$/);
    const titled = catalog.talks.filter((t) => t.title);
    expect(titled.length).toBeGreaterThan(0);
    for (const t of titled) expect(saved).not.toContain(t.title!);
  });
});
