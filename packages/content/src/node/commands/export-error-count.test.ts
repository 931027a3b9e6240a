import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-export-count-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function exported(dir: string) {
  const errors: string[] = [];
  const code = await runCli(['export', dir, '--no-cache', '--workers', '1'], {
    out: () => {},
    err: (l) => errors.push(l),
    write: () => {},
  });
  return { code, errors };
}

describe('export of content with errors', () => {
  it('ends its list of errors with their count, as a compiler does', async () => {
    const dir = contentTree(root, 'bad', {
      'posts/a.md': '---\ntitle: A\n---\nFine.\n',
      'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\n',
      'posts/y.md': '---\ntitle: [\n---\n',
    });
    const { code, errors } = await exported(dir);
    expect(code).toBe(1);
    expect(errors).toHaveLength(3);
    expect(errors.at(-1)).toBe(
      `2 errors in ${dir}: the catalog holds everything else. \`confnotes check ${dir}\` lists its warnings too.`,
    );
  });

  it('says nothing on stderr when there is no error', async () => {
    const dir = contentTree(root, 'good', { 'posts/a.md': '---\ntitle: A\n---\nSee [x] (y).\n' });
    expect(await exported(dir)).toEqual({ code: 0, errors: [] });
  });
});
