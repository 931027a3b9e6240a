import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-posts.ts';
import { readBuildFlag } from './build-options.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-flags-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
generateCorpus(join(root, 'content'), { posts: 110, seed: 4 });
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

describe('--workers and --no-cache', () => {
  it('reads both forms of --workers and refuses a value that is not a thread count', () => {
    const flags = {};
    expect(readBuildFlag(['--workers', '3'], 0, flags)).toBe(2);
    expect(readBuildFlag(['--workers=2', '--no-cache'], 0, flags)).toBe(1);
    expect(readBuildFlag(['--workers=2', '--no-cache'], 1, flags)).toBe(1);
    expect(flags).toEqual({ workers: 2, noCache: true });
    expect(readBuildFlag(['--pretty'], 0, flags)).toBe(0);
    expect(readBuildFlag(['--workers', 'many'], 0, flags)).toMatch(/whole number/);
    for (const odd of ['0x2', '1e1', ' 2', '2.0', '+2', '99999999999999999999'])
      expect(readBuildFlag([`--workers=${odd}`], 0, {})).toMatch(/whole number/);
    expect(run('check', 'content', '--workers', '0').status).toBe(2);
  });

  it('gives the same report with one thread and no cache as with threads and the cache', () => {
    const inline = run('check', 'content', '--workers', '1', '--no-cache', '--format', 'json');
    const threaded = run('check', 'content', '--workers', '2', '--format', 'json');
    expect(inline.status).toBe(0);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(inline.stdout));
    expect(JSON.parse(inline.stdout).summary.posts).toBe(110);
    // The cache sits beside the content directory, not in it.
    expect(existsSync(join(root, '.cache', 'confnotes'))).toBe(true);
    expect(existsSync(join(root, 'content', '.cache'))).toBe(false);
  });

  it('draws no progress when stderr is not a terminal', () => {
    const result = run('export', 'content', '--out', join(root, 'catalog.json'), '--no-cache');
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('\x1b[K');
    expect(result.stderr).toMatch(/^Wrote 110 posts/);
  });
});
