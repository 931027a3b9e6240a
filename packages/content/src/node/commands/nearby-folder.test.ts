import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDirProblem } from './content-dir.ts';
import { nearbyFolder } from './nearby-folder.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-nearby-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content', 'posts'), { recursive: true });
mkdirSync(join(root, 'dist'));
writeFileSync(join(root, 'contents'), 'a file, never the folder meant');

describe('a content folder that is not there', () => {
  it('is told which folder beside it its name was likely meant to be', async () => {
    expect(await contentDirProblem(join(root, 'contnet'))).toBe(
      `There is no content directory at \`${join(root, 'contnet')}\`. Did you mean \`${join(root, 'content')}\`?`,
    );
  });

  it('gets no guess when no folder beside it is close, or the folder holding it is missing', async () => {
    expect(await contentDirProblem(join(root, 'zzz'))).toMatch(
      /Pass the folder that holds `posts\/`\.$/,
    );
    expect(await nearbyFolder(join(root, 'missing', 'content'))).toBeUndefined();
  });

  it('names the folder meant as the path was written, relative or absolute', async () => {
    const typed = relative(process.cwd(), join(root, 'contnet'));
    expect(await nearbyFolder(typed)).toBe(relative(process.cwd(), join(root, 'content')));
    const run = (dir: string) =>
      spawnSync(process.execPath, [cli, 'check', dir], { cwd: root, encoding: 'utf8' }).stderr;
    expect(run('contnet')).toBe(
      'There is no content directory at `contnet`. Did you mean `content`?\n',
    );
    expect(run('./contnet')).toMatch(/Did you mean `\.\/content`\?/);
  });
});
