import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { modeBoundUser } from './fixtures/as-user.ts';
import { contentTree } from './fixtures/content-tree.ts';
import { outProblem } from './out-problem.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-out-problem-'));
afterAll(() => {
  if (existsSync(join(root, 'locked'))) chmodSync(join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

const asUser = modeBoundUser(cli);

describe('export --out in a folder that may not be written', () => {
  it.runIf(asUser)('is refused before the build, in one line, with exit code 1', () => {
    // An article with an error: a build would print its diagnostic on stderr.
    contentTree(root, 'content', { 'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\n' });
    mkdirSync(join(root, 'locked'));
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked'), 0o555);
    const [command, ...args] = [...asUser!, process.execPath, cli, 'export', 'content'];
    const result = spawnSync(command!, [...args, '--no-cache', '--out', 'locked/catalog.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe(
      'confnotes: cannot write locked/catalog.json: permission denied. Write to a place you may write to.\n',
    );
    expect(result.status).toBe(1);
  });

  it.runIf(asUser?.length)(
    'is refused before the build when the file is another user’s in a sticky folder, such as /tmp',
    () => {
      contentTree(root, 'content', { 'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\n' });
      mkdirSync(join(root, 'shared'));
      chmodSync(root, 0o755);
      chmodSync(join(root, 'shared'), 0o1777);
      writeFileSync(join(root, 'shared', 'catalog.json'), '{}\n');
      const [command, ...args] = [...asUser!, process.execPath, cli, 'export', 'content'];
      const result = spawnSync(command!, [...args, '--no-cache', '--out', 'shared/catalog.json'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe(
        'confnotes: cannot write shared/catalog.json: permission denied. Write to a place you may write to.\n',
      );
      expect(result.status).toBe(1);
    },
  );
});

describe('outProblem', () => {
  it('gives the error writing would give, for the file or the file a link leads to', async () => {
    const code = async (path: string) => (await outProblem(join(root, path)))?.code;
    writeFileSync(join(root, 'file'), '');
    expect(await code('.')).toBe('EISDIR');
    expect(await code('missing/catalog.json')).toBe('ENOENT');
    // A folder's name, not yet made: writing it would give EISDIR after the build.
    expect(await code('missing/')).toBe('EISDIR');
    expect(await code('missing/more/')).toBe('ENOENT');
    expect(await code('file/catalog.json')).toBe('ENOTDIR');
    expect(await code('catalog.json')).toBeUndefined();
    expect(await code('file')).toBeUndefined();
    symlinkSync('moved/catalog.json', join(root, 'to-missing-folder'));
    expect(await code('to-missing-folder')).toBe('ENOENT');
    symlinkSync('catalog.json', join(root, 'to-new-file'));
    expect(await code('to-new-file')).toBeUndefined();
  });
});
