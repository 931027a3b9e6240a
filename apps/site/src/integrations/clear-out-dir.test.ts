import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutDir } from './clear-out-dir.ts';

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A built site's worth of nested pages. */
function writePages(dir: string, count: number) {
  for (let i = 0; i < count; i++) {
    mkdirSync(join(dir, 'posts', `p${i}`), { recursive: true });
    writeFileSync(join(dir, 'posts', `p${i}`, 'index.html'), `<p>${i}</p>`);
  }
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
}

describe('clearOutDir', () => {
  it('empties the output at once and deletes the old pages before it resolves', async () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-clear-'));
    const dist = join(work, 'dist');
    // Enough pages to be deleted by a child process rather than here.
    writePages(dist, 1200);
    // Left by a build that stopped before deleting what it had set aside.
    writePages(join(work, '.dist.old-1-2'), 3);
    mkdirSync(join(work, 'dist-other'));
    const deleting = clearOutDir(dist);
    expect(existsSync(dist)).toBe(false);
    await deleting;
    // Only the output's own leftovers go: a directory that merely starts alike stays.
    expect(readdirSync(work)).toEqual(['dist-other']);
  });

  it('keeps a git checkout of the output where it is', async () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-clear-'));
    const dist = join(work, 'dist');
    writePages(dist, 2);
    mkdirSync(join(dist, '.git'));
    writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/pages\n');
    await clearOutDir(dist);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(readFileSync(join(dist, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/pages\n');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('empties an output that is a link to elsewhere, and leaves the link', async () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-clear-'));
    const served = join(work, 'www');
    writePages(served, 2);
    const dist = join(work, 'dist');
    symlinkSync(served, dist);
    await clearOutDir(dist);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readdirSync(served)).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['dist', 'www']);
  });

  it('does nothing before a first build', async () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-clear-'));
    await clearOutDir(join(work, 'dist'));
    expect(readdirSync(work)).toEqual([]);
  });
});
