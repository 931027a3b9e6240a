import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { agedCorpus } from './fixtures/aged-corpus.ts';
import { builtJson as json } from './fixtures/built-json.ts';
import { loadWithStages } from './fixtures/load-with-stages.ts';
import { loadCatalog, prepareCatalog } from './load-catalog.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-prepare-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const stagesOf = async (run: (onStage: (stage: string) => void) => Promise<unknown>) => {
  const stages: string[] = [];
  await run((stage) => stages.push(stage));
  return stages;
};

describe('prepareCatalog', () => {
  it('stores the catalog that a later load then only reads, and reads nothing when it is stored', async () => {
    const dir = join(root, 'posts');
    agedCorpus(dir, { posts: 30, seed: 11 });
    const cacheDir = join(root, 'cache');
    const fresh = await loadCatalog(dir, { cacheDir: false, workers: 1 });

    const prepared = await stagesOf((onStage) => prepareCatalog(dir, { cacheDir, onStage }));
    expect(prepared).toContain('analyze');
    expect(prepared).toContain('store');

    // Stored already: the files are keyed, and the stored catalog is left unread.
    expect(await stagesOf((onStage) => prepareCatalog(dir, { cacheDir, onStage }))).toEqual([
      'list',
      'keys',
    ]);

    const { built, stages } = await loadWithStages(dir, { cacheDir });
    expect(stages).toEqual(['list', 'keys', 'snapshot']);
    expect(json(built)).toBe(json(fresh));
  });

  it('patches the stored catalog after an edit, for the load to read', async () => {
    const dir = join(root, 'edited');
    agedCorpus(dir, { posts: 30, seed: 12 });
    const cacheDir = join(root, 'edited-cache');
    await prepareCatalog(dir, { cacheDir });
    writeFileSync(
      join(dir, 'posts', 'added.md'),
      '---\ntitle: An added post\ndate: 2024-05-01\n---\n\nA short note on **Caching at the Edge** by Ada Lovelace.\n',
    );
    const patched = await stagesOf((onStage) => prepareCatalog(dir, { cacheDir, onStage }));
    expect(patched).toContain('patch');
    const { built, stages } = await loadWithStages(dir, { cacheDir });
    expect(stages).toEqual(['list', 'keys', 'snapshot']);
    expect(built.catalog.posts.map((p) => p.title)).toContain('An added post');
    expect(json(built)).toBe(json(await loadCatalog(dir, { cacheDir: false, workers: 1 })));
  });

  it('has nothing to prepare without a cache', async () => {
    const dir = join(root, 'uncached');
    generateCorpus(dir, { posts: 3, seed: 13 });
    expect(await prepareCatalog(dir, { cacheDir: false })).toBe(false);
  });
});
