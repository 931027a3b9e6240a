import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-quiet-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// An error (front matter that does not close), a warning (a malformed link) and a note (a talk
// with no speaker), beside a post with nothing to say.
const dir = contentTree(root, 'content', {
  'posts/a.md': '---\ntitle: A\n---\nSee [x] (http://example.com).\n',
  'posts/b.md': '---\ntitle: B\n---\nWorth a look is the session "Quiet Queues at Scale".\n',
  'posts/c.md': '---\ntitle: C\nThe front matter never ends.\n',
  'posts/d.md': '---\ntitle: D\n---\nNothing to say.\n',
});

async function check(...args: string[]) {
  const out: string[] = [];
  const code = await runCli(['check', dir, '--workers', '1', ...args], {
    out: (l) => out.push(...l.split('\n')),
    err: (l) => out.push(...l.split('\n')),
  });
  return { code, out };
}

describe('check --quiet', () => {
  it('prints the errors and the summary only, which still counts every finding', async () => {
    const loud = await check();
    expect(loud.out.some((l) => / warning malformed-link /.test(l))).toBe(true);
    expect(loud.out.some((l) => /\bd\b.*\bD$/.test(l))).toBe(true);
    for (const flag of ['--quiet', '-q']) {
      const { code, out } = await check(flag);
      expect(code).toBe(1);
      expect(out.filter((l) => / (error|warning|note) /.test(l))).toEqual([
        expect.stringMatching(/posts\/c\.md:\d+:\d+ error /),
      ]);
      expect(out.some((l) => /\bD$/.test(l))).toBe(false);
      expect(out.at(-1)).toMatch(/: 1 error, 1 warning, 1 note$/);
    }
  });

  it('keeps the errors alone in the JSON report, and every count in its summary', async () => {
    const { out } = await check('--quiet', '--format', 'json');
    const report = JSON.parse(out.join('\n'));
    expect(report.diagnostics.map((d: { severity: string }) => d.severity)).toEqual(['error']);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, notes: 1 });
    expect(report.posts).toHaveLength(3);
  });

  it('still fails on more warnings than --max-warnings allows', async () => {
    const dirOk = contentTree(root, 'no-errors', {
      'posts/a.md': '---\ntitle: A\n---\nSee [x] (http://example.com).\n',
    });
    const lines: string[] = [];
    const code = await runCli(['check', dirOk, '-q', '--max-warnings', '0', '--workers', '1'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/1 warning \(more than --max-warnings 0\)$/)]);
  });
});
