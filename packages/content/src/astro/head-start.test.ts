import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { agedCorpus } from '../node/fixtures/aged-corpus.ts';
import { loadWithStages } from '../node/fixtures/load-with-stages.ts';
import { loadCatalog } from '../node/load-catalog.ts';
import { fileSystemLoad } from './file-system-load.ts';
import { beginHeadStart, confnotesHeadStart, startHeadStart, takeHeadStart } from './head-start.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-head-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function corpus(name: string): { dir: string; cacheDir: string } {
  const dir = join(root, name, 'content');
  agedCorpus(dir, { posts: 20, seed: 7 });
  return { dir, cacheDir: join(root, name, 'cache') };
}

/**
 * Awaits the head start the loaders of `dir` would take, and the stages of the load after it:
 * `list`, `keys` and `snapshot` when it stored the catalog.
 */
async function stagesAfterHeadStart(dir: string, cacheDir: string): Promise<string[]> {
  const started = takeHeadStart(dir);
  expect(started).toBeDefined();
  await started;
  // As the loaders read it: without drafts.
  return (await loadWithStages(dir, { cacheDir, drafts: false })).stages;
}

describe('the head start', () => {
  it('stores the catalog on a thread, so that the load after it only reads it', async () => {
    const { dir, cacheDir } = corpus('thread');
    await startHeadStart({ dir, cacheDir, workers: 1 });
    const { built, stages } = await loadWithStages(dir, { cacheDir, drafts: false });
    expect(stages).toEqual(['list', 'keys', 'snapshot']);
    const fresh = await loadCatalog(dir, { cacheDir: false, workers: 1, drafts: false });
    expect(JSON.stringify(built.catalog)).toBe(JSON.stringify(fresh.catalog));
  });

  it('is waited for by the first load of its directory only', async () => {
    const { dir, cacheDir } = corpus('waited');
    const started = startHeadStart({ dir: `${dir}/./`, cacheDir, workers: 1 });
    // Started once per directory, however it is written.
    expect(startHeadStart({ dir, cacheDir })).toBe(started);
    const { catalog } = await fileSystemLoad({ cacheDir })(dir);
    expect(catalog.posts.length).toBe(20);
    expect(takeHeadStart(dir)).toBeUndefined();
  });

  it("compiles the parser with the process's compile cache, when it has one", () => {
    const { dir, cacheDir } = corpus('compile-cache');
    const compileCache = join(root, 'node-compile-cache');
    const headStart = new URL('./head-start.ts', import.meta.url).href;
    // A process of its own: its compile cache is enabled from code, as Astro's command does,
    // which Node does not pass on to threads.
    const script = `
      import { enableCompileCache } from 'node:module';
      import { readdirSync } from 'node:fs';
      enableCompileCache(${JSON.stringify(compileCache)});
      const { startHeadStart } = await import(${JSON.stringify(headStart)});
      const keep = setInterval(() => {}, 1000);
      await startHeadStart({ dir: ${JSON.stringify(dir)}, cacheDir: ${JSON.stringify(cacheDir)}, workers: 1 });
      const count = () => readdirSync(${JSON.stringify(compileCache)}, { recursive: true }).length;
      // The thread writes its entries once it has said it is ready.
      for (let i = 0; i < 100 && count() < 100; i++) await new Promise((r) => setTimeout(r, 50));
      clearInterval(keep);
      process.stdout.write(String(count()));
    `;
    // A file, not `--eval`: threads inherit the flags of the process, `--input-type` included,
    // with which a thread's file does not load.
    const file = join(root, 'compile-cache.mjs');
    writeFileSync(file, script);
    const entries = Number(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
    // The calling process compiled the few modules of the head start itself; the thread's
    // parser is a hundred more.
    expect(entries).toBeGreaterThanOrEqual(100);
  });

  it('ends, and the load builds the catalog, when its thread fails', async () => {
    const dir = join(root, 'missing', 'content');
    // No such directory: the thread's build throws, and the head start still settles.
    await expect(startHeadStart({ dir, cacheDir: join(root, 'missing', 'cache') })).resolves.toBe(
      undefined,
    );
    expect(takeHeadStart(dir)).toBeDefined();
    expect(takeHeadStart(dir)).toBeUndefined();
  });

  it('starts as Astro reads its config, for enough articles, except to preview a build', async () => {
    const { dir, cacheDir } = corpus('integration');
    const nested = join(dir, 'posts', 'earlier');
    mkdirSync(nested);
    for (const name of readdirSync(join(dir, 'posts'))
      .filter((n) => n.includes('.'))
      .slice(0, 8))
      renameSync(join(dir, 'posts', name), join(nested, name));
    // Not an article: counted, it would make the 21st.
    writeFileSync(join(nested, 'cover.png'), '');
    const config = { root: pathToFileURL(join(root, 'integration/')) };
    const setup = (minArticles: number) =>
      confnotesHeadStart({ base: 'content', cacheDir, minArticles }).hooks['astro:config:setup'];
    setup(20)({ command: 'preview', config });
    expect(takeHeadStart(dir)).toBeUndefined();
    // Counted through the folders under posts/.
    setup(21)({ command: 'build', config });
    expect(takeHeadStart(dir)).toBeUndefined();
    setup(20)({ command: 'build', config });
    expect(await stagesAfterHeadStart(dir, cacheDir)).toEqual(['list', 'keys', 'snapshot']);
  });

  it('is begun by a command before Astro loads, from a base relative to the working directory', async () => {
    const { dir, cacheDir } = corpus('command');
    const cwd = process.cwd();
    process.chdir(join(root, 'command'));
    try {
      expect(beginHeadStart({ base: 'content', cacheDir, minArticles: 21 })).toBe(false);
      expect(takeHeadStart(dir)).toBeUndefined();
      expect(beginHeadStart({ base: 'content', cacheDir, minArticles: 20 })).toBe(true);
      // As the integration then does: begun already, so not counted again.
      expect(beginHeadStart({ base: 'content', cacheDir, minArticles: 1e9 })).toBe(true);
    } finally {
      process.chdir(cwd);
    }
    // Begun for the directory the loaders read, which they take and wait for.
    expect(await stagesAfterHeadStart(dir, cacheDir)).toEqual(['list', 'keys', 'snapshot']);
  });
});
