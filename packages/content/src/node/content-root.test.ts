import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog, prepareCatalog } from './load-catalog.ts';
import { loadPosts } from './load-posts.ts';
import { loadCuration, loadEvents } from './load-records.ts';
import { readArticleFiles } from './read-article-files.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const missing = join(root, 'no-such-content');
const file = join(root, 'package.json');
writeFileSync(file, '{}\n');
const cacheDir = join(root, 'cache');

// Each loader a library user calls with a folder of their own.
const loaders: [string, (dir: string) => Promise<unknown>][] = [
  ['loadCatalog', (dir) => loadCatalog(dir, { cacheDir })],
  ['loadCatalog without a cache', (dir) => loadCatalog(dir, { cacheDir: false })],
  ['prepareCatalog', (dir) => prepareCatalog(dir, { cacheDir })],
  ['loadPosts', (dir) => loadPosts(dir)],
  ['readArticleFiles', (dir) => readArticleFiles(dir)],
  ['loadEvents', (dir) => loadEvents(dir)],
  ['loadCuration', (dir) => loadCuration(dir)],
];

describe('a content folder that is not there', () => {
  it.each(loaders)('%s says which folder is missing and what to give', async (_, load) => {
    const refused = await load(missing).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(refused?.message).toBe(
      `There is no content folder at ${JSON.stringify(missing)}. Give the folder that holds posts/ (and events/, speakers.yaml, talks.yaml).`,
    );
    // Code that tells missing from unreadable by the system's code keeps doing so.
    expect(refused?.code).toBe('ENOENT');
    expect((refused?.cause as { code?: string } | undefined)?.code).toBe('ENOENT');
  });

  it('names the folder a relative path resolves to, beside the path given', async () => {
    const refused = await loadCatalog('no-such-content', { cacheDir: false }).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(refused?.message).toContain(
      `There is no content folder at "no-such-content" (${resolve('no-such-content')}).`,
    );
  });

  it('gets no cache folder made for it', async () => {
    await loadCatalog(missing, { cacheDir }).catch(() => undefined);
    expect(existsSync(cacheDir)).toBe(false);
  });

  it.each(loaders)('%s says that a file given as the folder is a file', async (_, load) => {
    const refused = await load(file).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(refused?.message).toBe(
      `The content folder ${JSON.stringify(file)} (${file}) is a file, not a folder. Give the folder that holds posts/ (and events/, speakers.yaml, talks.yaml).`,
    );
    expect(refused?.code).toBe('ENOTDIR');
  });

  it.each(loaders)('%s refuses a folder that is not a string with a TypeError', async (_, load) => {
    await expect(load(undefined as never)).rejects.toThrow(
      new TypeError('The content folder must be given as a path (a string), not undefined.'),
    );
  });
});
