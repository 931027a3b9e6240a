import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOut } from './write-out.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-write-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('writeOut', () => {
  it('writes a new file whole', async () => {
    const file = join(root, 'new.json');
    await writeOut(file, ['{"a":', '1}\n']);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
  });

  it('keeps the permissions of a file it replaces: a private catalog stays private', async () => {
    for (const mode of [0o600, 0o664]) {
      const file = join(root, `mode-${mode.toString(8)}.json`);
      writeFileSync(file, 'old');
      chmodSync(file, mode);
      await writeOut(file, ['{}\n']);
      expect(readFileSync(file, 'utf8')).toBe('{}\n');
      expect(statSync(file).mode & 0o777).toBe(mode);
    }
  });

  it('writes through a symbolic link to the file it leads to, and keeps the link', async () => {
    const target = join(root, 'target.json');
    const link = join(root, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeOut(link, ['{}\n']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('{}\n');
  });

  it('writes through a link to a file not written yet, which it creates', async () => {
    const link = join(root, 'dangling.json');
    symlinkSync('later/../created.json', link);
    mkdirSync(join(root, 'later'));
    await writeOut(link, ['[]\n']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'created.json'), 'utf8')).toBe('[]\n');
  });

  it.runIf(hasMkfifo)('writes into a named pipe, which stays a pipe', async () => {
    const fifo = join(root, 'pipe');
    spawnSync('mkfifo', [fifo]);
    // The reading end, opened first and without waiting, lets the write open the pipe at once.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      await writeOut(fifo, ['{"b":', '2}\n']);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      const buffer = Buffer.alloc(64);
      const read = readSync(reader, buffer);
      expect(buffer.subarray(0, read).toString()).toBe('{"b":2}\n');
    } finally {
      closeSync(reader);
    }
  });
});
