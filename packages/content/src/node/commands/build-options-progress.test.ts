import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../../bench/generate-posts.ts';
import { runCli } from '../run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-progress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Long enough on one thread that a progress line is drawn (after 300 ms).
generateCorpus(join(root, 'content'), { posts: 600, seed: 3 });
const args = ['check', join(root, 'content'), '--workers', '1', '--no-cache'];
const quiet = { out: () => {}, err: () => {} };

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(process.stderr, 'isTTY');
});

describe('the progress line of runCli given an output of its own', () => {
  it('is drawn on the stream the output names, and not on the process stderr', async () => {
    // As on a terminal: a build would draw its progress here, were it the stream to draw on.
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const drawn: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => drawn.push(text) };
    expect(await runCli(args, { ...quiet, progress: terminal })).toBe(0);
    expect(drawn.join('')).toContain('Reading articles');
    expect(await runCli(args, quiet)).toBe(0);
    expect(stderr.mock.calls.map(([text]) => String(text)).join('')).not.toContain(
      'Reading articles',
    );
  }, 30_000);
});
