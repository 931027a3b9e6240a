import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-args-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A folder named as a script may get it from a file's name: an escape sequence and a newline.
const odd = contentTree(root, 'a\u001b[31mb\nc', { 'posts/a.md': '---\ntitle: A\n---\nFine.\n' });

async function run(...args: string[]) {
  const lines: string[] = [];
  const code = await runCli(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

describe('an argument with control characters in what confnotes says of it', () => {
  it.each([
    ['the summary of check', ['check', odd, '--no-cache', '--workers', '1']],
    ['a usage mistake', ['check', odd, 'other']],
    ['an unknown option', ['export', '--\u001b[2J']],
    ['an unknown command', ['\u001b[2Jcheck']],
    ['an --out over a source', ['export', odd, '--out', join(odd, 'posts', 'b.md')]],
    ['an --out that cannot be written', ['export', odd, '--out', join(odd, 'no', 'x.json')]],
    ['an --out written', ['export', odd, '--out', join(odd, 'x.json'), '--no-cache']],
  ])('is escaped in %s, which stays on its lines', async (_, args) => {
    const { text } = await run(...args);
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain('\\u001b');
    // The newline of the folder's name is written as its escape, never as a line break.
    if (args.includes(odd)) expect(text).toContain('b\\u000ac');
  });
});
