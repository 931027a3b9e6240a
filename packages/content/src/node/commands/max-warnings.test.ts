import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';
import { readMaxWarnings } from './max-warnings.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-max-warnings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// One warning (a malformed link) and one note (a talk with no speaker).
const dir = contentTree(root, 'content', {
  'posts/a.md': '---\ntitle: A\n---\nSee [x] (http://example.com).\n',
  'posts/b.md': '---\ntitle: B\n---\nWorth a look is the session "Quiet Queues at Scale".\n',
});

async function check(...args: string[]) {
  const lines: string[] = [];
  const code = await runCli(['check', dir, '--workers', '1', ...args], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  return { code, last: lines.at(-1) };
}

describe('check --max-warnings', () => {
  it('exits 1 on more warnings than allowed, and says so in the summary', async () => {
    expect(await check('--max-warnings', '0')).toEqual({
      code: 1,
      last: expect.stringMatching(/: 0 errors, 1 warning \(more than --max-warnings 0\), 1 note$/),
    });
    expect((await check('--max-warnings=0', '--format', 'json')).code).toBe(1);
  });

  it('exits 0 on as many warnings as allowed, notes not counted, and without the option', async () => {
    expect(await check('--max-warnings', '1')).toEqual({
      code: 0,
      last: expect.stringMatching(/: 0 errors, 1 warning, 1 note$/),
    });
    expect((await check()).code).toBe(0);
  });

  it('refuses a value that is not a whole number of 0 or more', () => {
    expect(readMaxWarnings(['--max-warnings', '0'], 0)).toEqual({ max: 0, used: 2 });
    expect(readMaxWarnings(['--max-warnings=-1'], 0)).toMatch(/not `-1`/);
    expect(readMaxWarnings(['--max-warnings', '1e3'], 0)).toMatch(/not `1e3`/);
    expect(readMaxWarnings(['--max-warnings'], 0)).toMatch(/needs a value/);
    expect(readMaxWarnings(['--format'], 0)).toBeUndefined();
  });
});
