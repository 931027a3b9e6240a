import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-content-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('the key of a catalog with a cache', () => {
  it.runIf(hasMkfifo)('is made without reading a named pipe among the curated files', () => {
    const dir = join(root, 'content');
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'posts', 'a.md'), '---\ntitle: A\n---\nBody\n');
    spawnSync('mkfifo', [join(dir, 'talks.yaml')]);
    // The key is read on the main thread, where a pipe with no writer blocks for ever: the
    // build runs in a process of its own, stopped should it hang.
    const result = spawnSync(process.execPath, [cli, 'check', 'content'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toContain(
      'content/talks.yaml:1:1 error unreadable-file The file could not be read: it is not a regular file',
    );
    expect(result.status).toBe(1);
  });
});
