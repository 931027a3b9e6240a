import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-order-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const posts = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`posts/p${i}.md`, `---\ntitle: P${i}\n---\nFine.\n`]),
);
const dir = contentTree(root, 'content', {
  ...posts,
  'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\nBody\n',
});

describe('the text output of check', () => {
  it('prints the diagnostics after the list of posts, just above the summary', async () => {
    const lines: string[] = [];
    const code = await runCli(['check', dir, '--no-cache', '--workers', '1'], {
      out: (l) => lines.push(...l.split('\n')),
      err: () => {},
    });
    expect(code).toBe(1);
    // The last screen a long list leaves: the problem, its hint, a blank line and the summary.
    expect(lines.slice(-5)).toEqual([
      '',
      expect.stringMatching(/x\.md:3:7 error invalid-date /),
      expect.stringMatching(/^ {2}hint: /),
      '',
      expect.stringMatching(/^30 posts .*: 1 error, 0 warnings$/),
    ]);
    expect(lines.slice(0, 30).every((line) => /^ +p\d+ {2}P\d+$/.test(line))).toBe(true);
  });

  it('prints no blank line before the diagnostics when there is no post', async () => {
    const only = contentTree(root, 'broken', { 'posts/x.md': '---\ntitle: [\n---\n' });
    const lines: string[] = [];
    await runCli(['check', only, '--no-cache', '--workers', '1'], {
      out: (l) => lines.push(...l.split('\n')),
      err: () => {},
    });
    expect(lines[0]).toMatch(/x\.md:\d+:\d+ error invalid-yaml /);
    expect(lines.at(-2)).toBe('');
  });
});
