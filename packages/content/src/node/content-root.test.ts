import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
      `The content folder ${JSON.stringify(file)} is a file, not a folder. Give the folder that holds posts/ (and events/, speakers.yaml, talks.yaml).`,
    );
    expect(refused?.code).toBe('ENOTDIR');
  });

  it.each(loaders)('%s takes the folder as a file: URL, and no other URL', async (_, load) => {
    const content = join(root, 'as-url');
    mkdirSync(join(content, 'posts'), { recursive: true });
    writeFileSync(join(content, 'posts', 'a.md'), '---\ntitle: A\n---\nText.\n');
    await expect(load(pathToFileURL(`${content}/`) as never)).resolves.toBeDefined();
    await expect(load(new URL('https://example.org/content/') as never)).rejects.toThrow(
      new TypeError(
        'The content folder must be a path or a file: URL, not "https://example.org/content/".',
      ),
    );
  });

  it('reads the same catalog from a file: URL as from its path', async () => {
    const content = join(root, 'as-url');
    const byPath = await loadCatalog(content, { cacheDir: false });
    const byUrl = await loadCatalog(pathToFileURL(content), { cacheDir: false });
    expect(byUrl.catalog.posts.map((p) => p.id)).toEqual(['a']);
    expect(byUrl.catalog).toEqual(byPath.catalog);
  });

  it('refuses a number of threads that is not one', async () => {
    await expect(
      loadCatalog(join(root, 'as-url'), { cacheDir: false, workers: 'four' as never }),
    ).rejects.toThrow(
      new TypeError(
        'workers must be a whole number of threads, 1 or more (1 parses on the calling thread), not "four".',
      ),
    );
  });

  it.each(loaders)('%s refuses a folder that is not a string with a TypeError', async (_, load) => {
    await expect(load(undefined as never)).rejects.toThrow(
      new TypeError(
        'The content folder must be given as a path (a string) or a file: URL, not undefined.',
      ),
    );
  });
});
