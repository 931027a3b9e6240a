import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { readArticleFiles } from './read-article-files.ts';

// Root lists every folder whatever its mode: a folder named `locked` is refused here instead,
// as a folder the user may not list is.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: ((path: string, ...rest: never[]) => {
      if (String(path).endsWith('/locked'))
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync,
  };
});

const work = mkdtempSync(join(tmpdir(), 'confnotes-list-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const said = (problems: Diagnostic[]) =>
  problems.map((d) => `${d.file} ${d.severity} ${d.code}: ${d.message}`);

describe('readArticleFiles', () => {
  it("leaves out hidden files and folders without a word, an editor's dangling lock among them", async () => {
    const dir = tree('hidden', {
      'posts/a.md': '---\ntitle: A\n---\n',
      'posts/.hidden.md': '---\ntitle: Hidden\n---\n',
      'posts/.obsidian/notes.md': 'x',
    });
    // Emacs locks a file it edits with a link that leads nowhere.
    symlinkSync('user@host.1234:1700000000', join(dir, 'posts/.#a.md'));
    const problems: Diagnostic[] = [];
    const files = await readArticleFiles(dir, problems);
    expect(files.map((f) => f.path)).toEqual(['posts/a.md']);
    expect(said(problems)).toEqual([]);
  });

  it("lists Jekyll's Markdown extensions as articles, and nothing else", async () => {
    const names = [
      'a.md',
      'b.markdown',
      'c.mdown',
      'd.mkdown',
      'e.mkdn',
      'f.MKD',
      'g.mdx',
      'h.txt',
    ];
    const dir = tree('extensions', {
      ...Object.fromEntries(names.map((name) => [`posts/${name}`, 'x'])),
      'posts/i.html': 'x',
      'posts/j.md.bak': 'x',
    });
    const files = await readArticleFiles(dir);
    expect(files.map((f) => f.path)).toEqual(names.map((name) => `posts/${name}`));
  });

  it('says a named pipe with an article name is not read, and lists the other articles', async () => {
    const dir = tree('pipe', { 'posts/a.md': 'A', 'posts/notes.txt.bak': 'not an article' });
    execFileSync('mkfifo', [join(dir, 'posts', 'pipe.md'), join(dir, 'posts', 'pipe.log')]);
    const problems: Diagnostic[] = [];
    const files = await readArticleFiles(dir, problems);
    expect(files.map((f) => f.path)).toEqual(['posts/a.md']);
    // A pipe that could not be an article is no more worth a word than any other such file.
    expect(said(problems)).toEqual([
      'posts/pipe.md error unreadable-file: The file could not be read: it is not a regular file but a named pipe, a socket or a device.',
    ]);
  });

  it('lists every article it can, and says which folder it could not list', async () => {
    const dir = tree('locked-folder', { 'posts/a.md': 'A', 'posts/locked/b.md': 'B' });
    const problems: Diagnostic[] = [];
    const files = await readArticleFiles(dir, problems);
    expect(files.map((f) => f.path)).toEqual(['posts/a.md']);
    expect(said(problems)).toEqual([
      'posts/locked/ error unreadable-folder: The folder could not be listed (EACCES): what it holds is left out.',
    ]);
  });

  it('follows links inside the content folder, and says which it does not follow', async () => {
    const outside = tree('outside', { 'elsewhere.md': 'secret', 'more/c.md': 'C' });
    const dir = tree('links', { 'posts/a.md': 'A', 'drafts/d.md': 'D', 'notes.txt': 'n' });
    symlinkSync(join(dir, 'drafts', 'd.md'), join(dir, 'posts', 'inside.md'));
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'posts', 'out.md'));
    symlinkSync(join(outside, 'more'), join(dir, 'posts', 'more'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'posts', 'dangling.md'));
    // Not an article, not a folder: nothing to say about it.
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'posts', 'picture.png'));
    const problems: Diagnostic[] = [];
    const files = await readArticleFiles(dir, problems);
    expect(files.map((f) => f.path)).toEqual(['posts/a.md', 'posts/inside.md']);
    expect(said(problems)).toEqual([
      'posts/dangling.md warning unfollowed-link: This symbolic link is not followed: it leads to nothing.',
      'posts/more warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
      'posts/out.md warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
    ]);
  });

  it('says so when posts/ itself leads out of the content folder', async () => {
    const outside = tree('outside-posts', { 'a.md': 'A' });
    const dir = tree('linked-posts', { 'talks.yaml': '[]\n' });
    symlinkSync(outside, join(dir, 'posts'));
    const problems: Diagnostic[] = [];
    expect(await readArticleFiles(dir, problems)).toEqual([]);
    expect(said(problems)).toEqual([
      'posts warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
    ]);
  });

  it('says which names are not UTF-8, and lists every other article', async () => {
    const dir = tree('latin1-names', { 'posts/cafe.md': '# Café\n' });
    const posts = Buffer.from(`${join(dir, 'posts')}/`);
    // `café.md` and a folder `séance` as Latin-1 wrote them: one byte for é.
    writeFileSync(Buffer.concat([posts, Buffer.from('caf\xe9.md', 'latin1')]), '# Café\n');
    mkdirSync(Buffer.concat([posts, Buffer.from('s\xe9ance', 'latin1')]));
    writeFileSync(
      Buffer.concat([posts, Buffer.from('notes-\xe9.png', 'latin1')]),
      'not an article',
    );
    const problems: Diagnostic[] = [];
    const files = await readArticleFiles(dir, problems);
    expect(files.map((f) => f.path)).toEqual(['posts/cafe.md']);
    expect(said(problems)).toEqual([
      'posts/caf\\xE9.md error file-name-not-utf8: The name of this file is not valid UTF-8 (the bytes shown as \\xNN), so no path, URL or id can name it: it is left out.',
      'posts/s\\xE9ance error file-name-not-utf8: The name of this folder is not valid UTF-8 (the bytes shown as \\xNN), so no path, URL or id can name it: it is left out.',
    ]);
  });

  it('says so when posts/ is a file', async () => {
    const dir = tree('posts-a-file', { posts: 'not a folder\n' });
    const problems: Diagnostic[] = [];
    expect(await readArticleFiles(dir, problems)).toEqual([]);
    expect(said(problems)).toEqual([
      'posts error not-a-folder: This is a file, where a folder of articles should be: nothing is read from it.',
    ]);
  });
});
