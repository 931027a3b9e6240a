import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';
import { unexpandedTilde } from './unexpanded-tilde.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-tilde-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = contentTree(root, 'content', { 'posts/a.md': '---\ntitle: A\n---\n' });

describe('an --out that starts with a ~ the shell left as it is', () => {
  it('is told why its folder is missing and how to write it', async () => {
    const errors: string[] = [];
    // `--out=~/...` reaches confnotes with the `~`: the shell expands it at a word's start only.
    const code = await runCli(['export', dir, '--out=~/confnotes-catalog.json'], {
      out: () => {},
      err: (l) => errors.push(l),
    });
    expect(code).toBe(1);
    expect(errors).toEqual([
      'confnotes: cannot write ~/confnotes-catalog.json: its folder does not exist. Create the folder first, or pass a path in a folder that exists. The shell did not expand `~` (it does not after `--out=` or in quotes): write `--out ~/confnotes-catalog.json`, or `--out=$HOME/confnotes-catalog.json`.',
    ]);
  });

  it('adds nothing to another path', () => {
    expect(unexpandedTilde('out/catalog.json')).toBe('');
    expect(unexpandedTilde('~catalog.json')).toBe('');
  });
});
