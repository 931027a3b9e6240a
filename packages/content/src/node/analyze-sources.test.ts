import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../resolve/analyze.ts';
import { AnalysisCache, analysisKey } from './analysis-cache.ts';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import { analyzeSources } from './analyze-sources.ts';
import { threadExits } from './fixtures/thread-exits.ts';
import { decodePooled, encodePooled } from './pooled-codec.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const article = (title: string, path = 'posts/a.md') => ({
  path,
  source: Buffer.from(`---\ntitle: ${title}\n---\nIda Moss spoke about **Gentle Gears**.\n`),
});
const key = analysisKey('posts/a.md', article('A').source, ANALYSIS_VERSION);
const packs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pack'));
const titleOf = async (dir: string, source = article('A'), version?: string) => {
  const { analyses } = await analyzeSources([source], { cache: new AnalysisCache(dir), version });
  return analyses[0]?.post?.title;
};

/** Leaves only an entry that says something the article does not, to see whether it is used. */
function plant(dir: string, title: string): void {
  const payload = decodePooled(new AnalysisCache(dir).readBytes(key)!) as ArticleAnalysis;
  payload.post!.title = title;
  rmSync(dir, { recursive: true });
  const cache = new AnalysisCache(dir);
  cache.write(key, encodePooled(payload));
  cache.flush();
}

describe('analyzeSources with a cache', () => {
  const dir = join(root, 'cache');

  it('stores what it analyzes and reuses it while the article is unchanged', async () => {
    expect(await titleOf(dir)).toBe('A');
    expect(packs(dir)).toHaveLength(1);
    plant(dir, 'From the cache');
    expect(await titleOf(dir)).toBe('From the cache');
  });

  it('reads an article again when its text changes or the analysis version does', async () => {
    expect(await titleOf(dir, article('B'))).toBe('B');
    expect(await titleOf(dir, article('A'), 'next')).toBe('A');
    expect(await titleOf(dir)).toBe('From the cache');
  });

  it('rebuilds a corrupted entry instead of trusting it', async () => {
    plant(dir, 'From the cache');
    const file = join(dir, packs(dir)[0]!);
    const bytes = readFileSync(file);
    bytes[20] = bytes[20]! ^ 1;
    writeFileSync(file, bytes);
    expect(await titleOf(dir)).toBe('A');
    // The rebuilt analysis is stored again, and used next time.
    rmSync(file);
    expect(await titleOf(dir)).toBe('A');
    expect(packs(dir)).toHaveLength(1);
  });

  it('stays usable after an interrupted write: a stray temporary file and a truncated pack', async () => {
    plant(dir, 'From the cache');
    const file = join(dir, packs(dir)[0]!);
    writeFileSync(`${file.replace(/\.pack$/, '-later.pack')}.tmp`, readFileSync(file));
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    expect(await titleOf(dir)).toBe('A');
    rmSync(file);
    plant(dir, 'From the cache');
    expect(await titleOf(dir)).toBe('From the cache');
  });

  it('reports progress up to the total, cached articles included', async () => {
    const seen: [number, number][] = [];
    await analyzeSources([article('A'), article('C', 'posts/c.md')], {
      cache: new AnalysisCache(dir),
      total: 2,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.at(-1)).toEqual([2, 2]);
  });

  it('reads the bytes of a file with a known key only when the cache misses', async () => {
    let reads = 0;
    const source = () => {
      reads++;
      return article('A').source;
    };
    plant(dir, 'From the cache');
    const hit = await analyzeSources([{ path: 'posts/a.md', key, source }], {
      cache: new AnalysisCache(dir),
    });
    expect([hit.analyses[0]?.post?.title, reads]).toEqual(['From the cache', 0]);
    rmSync(dir, { recursive: true });
    const miss = await analyzeSources([{ path: 'posts/a.md', key, source }], {
      cache: new AnalysisCache(dir),
    });
    expect([miss.analyses[0]?.post?.title, reads, miss.keys]).toEqual(['A', 1, [key]]);
  });
});

describe('analyzeSources on the calling thread', () => {
  it('lets the event loop turn while it analyzes, which gives back the parser’s native memory', async () => {
    const files = Array.from({ length: 70 }, (_, i) => article(`A${i}`, `posts/a${i}.md`));
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const { analyses } = await analyzeSources(files, { workers: 1 });
    done = true;
    expect(analyses.map((a) => a.post?.title)).toEqual(files.map((_, i) => `A${i}`));
    expect(turns).toBeGreaterThanOrEqual(2);
  });
});

describe('analyzeSources on threads', () => {
  it('lets its threads end by themselves, none terminated (which can crash Node as others start)', async () => {
    const files = Array.from({ length: 40 }, (_, i) => article(`A${i}`, `posts/a${i}.md`));
    const dir = join(root, 'threads');
    let titles: (string | undefined)[] = [];
    const exits = await threadExits(async () => {
      const cache = new AnalysisCache(dir);
      const { analyses } = await analyzeSources(files, { workers: 3, minPerWorker: 1, cache });
      titles = analyses.map((a) => a.post?.title);
    });
    expect(titles).toEqual(files.map((_, i) => `A${i}`));
    expect(exits).toEqual([0, 0]);
    // Both stored their analyses before ending.
    expect(packs(dir).length).toBeGreaterThanOrEqual(1);
  });
});
