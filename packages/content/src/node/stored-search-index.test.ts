import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/catalog.ts';
import { createSearchIndex, type SearchIndex } from '../search/search-index.ts';
import { contentCacheDir } from './cache-dir.ts';
import { agedCorpus } from './fixtures/aged-corpus.ts';
import { loadCatalog } from './load-catalog.ts';
import {
  prepareStoredSearchIndex,
  readStoredSearchIndex,
  storedSearchKey,
  writeStoredSearchIndex,
} from './stored-search-index.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-stored-search-'));
// The stored file's head, before the index's bytes.
const HEAD_BYTES = 512;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A generated content directory with its catalog built once into its own cache. */
async function corpus(name: string, seed: number) {
  const dir = join(root, name);
  agedCorpus(dir, { posts: 40, seed });
  const cacheDir = join(root, `${name}-cache`);
  const built = await loadCatalog(dir, { cacheDir, workers: 1 });
  return { dir, cacheDir, catalog: built.catalog, key: built.key! };
}

/** What a search answers for words of the catalog's records: ids, scores and snippets. */
function answers(index: SearchIndex, catalog: Catalog) {
  const queries = [
    catalog.speakers[0]!.name,
    catalog.talks.find((t) => t.title)!.title!.split(' ')[0]!,
    catalog.posts[3]!.title,
    'the',
  ];
  return queries.map((q) => index.search(q, { limit: 50 }));
}

describe('a stored search index', () => {
  it('reads back as the index createSearchIndex makes of the catalog, for its key only', async () => {
    const { dir, cacheDir, catalog, key } = await corpus('a', 3);
    expect(readStoredSearchIndex(dir, key, { cacheDir })).toBeUndefined();
    const stored = await writeStoredSearchIndex(dir, { cacheDir });
    expect(stored?.key).toBe(key);
    expect(storedSearchKey(dir, { cacheDir })).toBe(key);
    const read = readStoredSearchIndex(dir, key, { cacheDir });
    const made = createSearchIndex(catalog);
    expect(read?.size).toBe(made.size);
    expect(answers(read!, catalog)).toEqual(answers(made, catalog));
    expect(answers(made, catalog)[0]!.hits.length).toBeGreaterThan(0);
    expect(readStoredSearchIndex(dir, `${key.slice(1)}0`, { cacheDir })).toBeUndefined();
    // No temporary file is left beside it.
    expect(readdirSync(join(stored!.file, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is made again, not thrown, when its bytes are of another format under the same version', async () => {
    const { dir, cacheDir, key } = await corpus('format', 7);
    const { file } = (await writeStoredSearchIndex(dir, { cacheDir }))!;
    const bytes = readFileSync(file);
    // The format's own version, after its magic number, as a build of other code wrote it.
    const body = Buffer.from(bytes.subarray(HEAD_BYTES));
    body.writeUInt32LE(body.readUInt32LE(4) + 1, 4);
    const head = bytes.subarray(0, HEAD_BYTES).toString('latin1').trimEnd().split(' ');
    head[4] = String(crc32(body));
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(head.join(' ').padEnd(HEAD_BYTES), 'latin1'), body]),
    );
    expect(readStoredSearchIndex(dir, key, { cacheDir })).toBeUndefined();
  });

  it('is not read once the content changed, nor when damaged or cut short', async () => {
    const { dir, cacheDir, key } = await corpus('b', 5);
    const { file } = (await writeStoredSearchIndex(dir, { cacheDir }))!;
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0xff;
    writeFileSync(file, flipped);
    expect(readStoredSearchIndex(dir, key, { cacheDir })).toBeUndefined();
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    expect(readStoredSearchIndex(dir, key, { cacheDir })).toBeUndefined();
    writeFileSync(file, bytes);
    expect(readStoredSearchIndex(dir, key, { cacheDir })).toBeDefined();

    const posts = join(dir, 'posts');
    appendFileSync(join(posts, readdirSync(posts).sort()[0]!), '\nOne more line.\n');
    const changed = await loadCatalog(dir, { cacheDir, workers: 1 });
    expect(changed.key).not.toBe(key);
    expect(readStoredSearchIndex(dir, changed.key!, { cacheDir })).toBeUndefined();
    expect(storedSearchKey(dir, { cacheDir })).toBe(key);
  });

  it('is stored in a process of its own, and not at all without a cache directory', async () => {
    const { dir, cacheDir, catalog, key } = await corpus('c', 7);
    const preparation = prepareStoredSearchIndex(dir, { cacheDir });
    const stored = await preparation.done;
    expect(stored?.key).toBe(key);
    const read = readStoredSearchIndex(dir, key, { cacheDir });
    expect(answers(read!, catalog)).toEqual(answers(createSearchIndex(catalog), catalog));
    expect(await writeStoredSearchIndex(dir, { cacheDir: false })).toBeUndefined();
    expect(readStoredSearchIndex(dir, key, { cacheDir: false })).toBeUndefined();
  });

  it('is made of the catalog without drafts when asked, in its process too', async () => {
    const { dir, cacheDir } = await corpus('drafts', 11);
    writeFileSync(
      join(dir, 'posts', 'zz-draft.md'),
      '---\ntitle: Zyzzyva unpublished\ndraft: true\n---\nNot yet.\n',
    );
    const published = await loadCatalog(dir, { cacheDir, workers: 1, drafts: false });
    const stored = await prepareStoredSearchIndex(dir, { cacheDir, drafts: false }).done;
    expect(stored?.key).toBe(published.key);
    const read = readStoredSearchIndex(dir, published.key!, { cacheDir })!;
    expect(read.search('Zyzzyva').hits).toEqual([]);
    const all = await writeStoredSearchIndex(dir, { cacheDir });
    expect(all?.key).not.toBe(published.key);
    expect(
      readStoredSearchIndex(dir, all!.key, { cacheDir })!
        .search('Zyzzyva')
        .hits.map((h) => h.id),
    ).toEqual(['zz-draft']);
  });

  it('tells why a process could not store it, and stores nothing once stopped', async () => {
    const { dir, cacheDir } = await corpus('d', 9);
    // A file where the index's folder should be: nothing can be written there.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    await expect(prepareStoredSearchIndex(dir, { cacheDir: blocked }).done).rejects.toThrow(
      /ENOTDIR|EEXIST/,
    );
    const stopped = prepareStoredSearchIndex(dir, { cacheDir });
    await stopped.stop();
    expect(await stopped.done).toBeUndefined();
    expect(storedSearchKey(dir, { cacheDir })).toBeUndefined();
    // What a writer stopped midway left is removed by the next one, not what a live one writes.
    const file = join(contentCacheDir(dir, cacheDir), 'search-index');
    const abandoned = `${file}.${2 ** 22 + 17}.tmp`;
    const live = `${file}.${process.ppid}.tmp`;
    writeFileSync(abandoned, 'half');
    writeFileSync(live, 'half');
    await writeStoredSearchIndex(dir, { cacheDir });
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
