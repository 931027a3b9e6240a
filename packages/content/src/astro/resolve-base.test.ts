import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testLoaderContext } from './fixtures/loader-context.ts';
import { beginHeadStart, takeHeadStart } from './head-start.ts';
import { confnotesLoaders } from './loader.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-cache-dir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a relative cacheDir', () => {
  it('is read from the project root, as base is, not from where Astro was started', async () => {
    const site = join(work, 'site');
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    writeFileSync(join(site, 'content', 'posts', 'a.md'), '# A post\n\nHello.\n');
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const loaders = confnotesLoaders({ base: './content', cacheDir: '.cache/notes', workers: 1 });
    const stored: string[] = [];
    const context = testLoaderContext({
      collection: 'posts',
      config: { root: pathToFileURL(`${site}/`) },
      store: { set: (e) => stored.push(e.id) > 0, delete: () => undefined, keys: () => [] },
    });
    // `astro build --root site`, run from another folder.
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      await loaders.posts.load(context);
    } finally {
      process.chdir(cwd);
    }
    expect(stored).toEqual(['a']);
    expect(existsSync(join(site, '.cache', 'notes'))).toBe(true);
    expect(existsSync(join(elsewhere, '.cache'))).toBe(false);
  });

  it('is read from the project root by the head start too, which prepares the same cache', async () => {
    const site = join(work, 'head');
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    writeFileSync(join(site, 'content', 'posts', 'a.md'), '# A post\n\nHello.\n');
    const elsewhere = join(work, 'elsewhere-head');
    mkdirSync(elsewhere);
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      const options = { base: './content', cacheDir: '.cache/notes', workers: 1, minArticles: 1 };
      expect(beginHeadStart(options, pathToFileURL(`${site}/`))).toBe(true);
      await takeHeadStart(join(site, 'content'));
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(site, '.cache', 'notes'))).toBe(true);
    expect(existsSync(join(elsewhere, '.cache'))).toBe(false);
  });
});
