import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentPath } from './content-path.ts';
import { contentTree } from './fixtures/content-tree.ts';
import { pathsInMessage } from './paths-in-message.ts';

const known = new Set(['posts/a.md', 'posts/a b.md', 'posts/2020/x.md']);

describe('pathsInMessage', () => {
  it('names the files of the content folder a message quotes from the working directory', () => {
    expect(pathsInMessage('content', '"X" looks like "Y" (posts/a.md) but was kept.', known)).toBe(
      `"X" looks like "Y" (${join('content', 'posts', 'a.md')}) but was kept.`,
    );
    expect(pathsInMessage('site', 'used by posts/a b.md; and posts/2020/x.md.', known)).toBe(
      `used by ${join('site', 'posts', 'a b.md')}; and ${join('site', 'posts', '2020', 'x.md')}.`,
    );
  });

  it('leaves alone what is not a file of the folder, a title that holds posts/ among them', () => {
    const title = 'The talk "Old posts/a.mdx and reposts/a.md" (posts/b.md).';
    expect(pathsInMessage('content', title, known)).toBe(title);
  });
});

const root = mkdtempSync(join(tmpdir(), 'confnotes-quoted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('check', () => {
  it('names the other post of a duplicate id as it names the post itself', async () => {
    const dir = contentTree(root, 'content', {
      'posts/a.md': '---\ntitle: A\nslug: same\n---\n',
      'posts/b.md': '---\ntitle: B\nslug: same\n---\n',
    });
    const lines: string[] = [];
    await runCli(['check', dir, '--no-cache', '--workers', '1'], {
      out: (l) => lines.push(l),
      err: () => {},
    });
    expect(lines.join('\n')).toContain(
      `${contentPath(dir, 'posts/b.md')}:1:1 warning duplicate-id The id \`same\` is already used by ${contentPath(dir, 'posts/a.md')};`,
    );
  });
});
