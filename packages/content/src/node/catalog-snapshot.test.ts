import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-posts.ts';
import type { Catalog } from '../schema/catalog.ts';
import { readSnapshot, writeSnapshot } from './catalog-snapshot.ts';
import { loadCatalog } from './load-catalog.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-snapshot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The snapshot file of the only content directory built with `cacheDir`, and its key. */
function stored(cacheDir: string): { file: string; key: string } {
  const [own] = readdirSync(cacheDir);
  const file = join(cacheDir, own!, 'catalog');
  return { file, key: readFileSync(file).toString('latin1', 0, 128).split(' ')[1]! };
}

/** Dates every article back a minute, out of the manifest's window of untrusted times. */
function age(dir: string): void {
  const old = new Date(Date.now() - 60_000);
  for (const f of readdirSync(join(dir, 'posts'))) utimesSync(join(dir, 'posts', f), old, old);
}

describe('catalog snapshots', () => {
  it('reads back what was written under the same key only, and nothing once damaged', () => {
    const file = join(root, 'unit', 'catalog');
    const value = { catalog: { posts: [{ id: 'a', html: '<p>Zoë</p>'.repeat(10) }] } };
    writeSnapshot(file, 'k1', value);
    expect(readSnapshot(file, 'k1')).toStrictEqual(value);
    expect(readSnapshot(file, 'k2')).toBeUndefined();
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 1;
    writeFileSync(file, bytes);
    expect(readSnapshot(file, 'k1')).toBeUndefined();
    expect(readSnapshot(join(root, 'missing'), 'k1')).toBeUndefined();
  });

  it('returns the stored catalog when nothing changed, equal to a build without a cache', async () => {
    const dir = join(root, 'same');
    generateCorpus(dir, { posts: 40, seed: 5 });
    age(dir);
    const cacheDir = join(root, 'same-cache');
    const fresh = await loadCatalog(dir, { cacheDir: false, workers: 1 });
    await loadCatalog(dir, { cacheDir, workers: 1 });
    const again = await loadCatalog(dir, { cacheDir, workers: 1 });
    expect(again).toEqual(fresh);
    // As a build gives it: the catalog's diagnostics are the result's.
    expect(again.diagnostics).toBe(again.catalog.diagnostics);
    // A planted snapshot under the same key shows the build took it instead of building.
    const { file, key } = stored(cacheDir);
    const planted = readSnapshot(file, key) as { catalog: Catalog };
    planted.catalog.posts[0]!.title = 'Planted';
    writeSnapshot(file, key, planted);
    expect((await loadCatalog(dir, { cacheDir })).catalog.posts[0]!.title).toBe('Planted');
  });

  it('builds again when an article, an event or a correction changes, or the snapshot is damaged', async () => {
    const dir = join(root, 'changes');
    generateCorpus(dir, { posts: 30, seed: 6 });
    age(dir);
    const cacheDir = join(root, 'changes-cache');
    const fresh = () => loadCatalog(dir, { cacheDir: false, workers: 1 });
    await loadCatalog(dir, { cacheDir });
    const edits: [string, (text: string) => string][] = [
      [readdirSync(join(dir, 'events'))[0]!, (t) => t.replace(/^name: .*$/m, 'name: Renamed 2020')],
      ['speakers.yaml', () => '- name: Ida Moss\n  match: [Ida]\n'],
    ];
    for (const [name, edit] of edits) {
      const file = name.endsWith('speakers.yaml') ? join(dir, name) : join(dir, 'events', name);
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {}
      writeFileSync(file, edit(text));
      expect(await loadCatalog(dir, { cacheDir })).toEqual(await fresh());
    }
    const post = join(dir, 'posts', readdirSync(join(dir, 'posts'))[4]!);
    writeFileSync(post, `${readFileSync(post, 'utf8')}\nOne more line.\n`);
    expect(await loadCatalog(dir, { cacheDir })).toEqual(await fresh());
    const { file } = stored(cacheDir);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 1;
    writeFileSync(file, bytes);
    expect(await loadCatalog(dir, { cacheDir })).toEqual(await fresh());
  });
});
