import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceManifest } from './source-manifest.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'sources');
const old = Date.now() - 60_000;
const files = [
  { path: 'posts/a.md', size: 10, mtimeMs: old },
  { path: 'posts/b.md', size: 20, mtimeMs: Date.now() },
];
const keys = new Map([
  ['posts/a.md', 'ka'],
  ['posts/b.md', 'kb'],
]);

describe('SourceManifest', () => {
  it('gives the key of a file unchanged since the last build, and none otherwise', () => {
    new SourceManifest(file, 'v1').save(files, keys);
    const manifest = new SourceManifest(file, 'v1');
    expect(manifest.keyOf(files[0]!)).toBe('ka');
    expect(manifest.keyOf({ ...files[0]!, size: 11 })).toBeUndefined();
    expect(manifest.keyOf({ ...files[0]!, mtimeMs: old + 1 })).toBeUndefined();
    expect(manifest.keyOf({ path: 'posts/new.md', size: 1, mtimeMs: old })).toBeUndefined();
    // Modified within moments of that build: its time cannot be trusted to show a change.
    expect(manifest.keyOf(files[1]!)).toBeUndefined();
  });

  it('knows nothing when written by another version or damaged', () => {
    new SourceManifest(file, 'v1').save(files, keys);
    expect(new SourceManifest(file, 'v2').keyOf(files[0]!)).toBeUndefined();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"ka"', '"kz"'));
    expect(new SourceManifest(file, 'v1').keyOf(files[0]!)).toBeUndefined();
  });
});
