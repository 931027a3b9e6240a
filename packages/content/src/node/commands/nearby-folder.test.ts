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

  it('says a name that is not UTF-8 cannot be opened, rather than guess the same name', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${root}/bad`),
      Buffer.from([0xff]),
      Buffer.from('dir'),
    ]);
    try {
      mkdirSync(bytes);
    } catch {
      return; // A file system that only takes UTF-8 names (macOS) cannot hold one.
    }
    const given = bytes.toString('utf8');
    expect(await nearbyFolder(given)).toBeUndefined();
    expect(await contentDirProblem(given)).toBe(
      `There is no content directory at \`${given}\`: a name with bytes that are not UTF-8 (shown as \uFFFD) cannot be opened from the command line. Rename the folder to a UTF-8 name.`,
    );
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
