import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDirProblem } from './content-dir.ts';
import { modeBoundUser } from './fixtures/as-user.ts';
import { contentTree } from './fixtures/content-tree.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-content-dir-'));
afterAll(() => {
  if (existsSync(join(root, 'locked'))) chmodSync(join(root, 'locked', 'posts'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

const content = (name: string, files: Record<string, string>) => contentTree(root, name, files);

const asUser = modeBoundUser(cli);

describe('contentDirProblem', () => {
  it('accepts a content directory, and one with no posts/ but curated records', async () => {
    expect(await contentDirProblem(content('good', { 'posts/a.md': '# A\n' }))).toBeUndefined();
    expect(await contentDirProblem(content('curated', { 'talks.yaml': '[]\n' }))).toBeUndefined();
  });

  it('names `.` for a missing folder when the working directory is a content directory', () => {
    const dir = content('here', { 'posts/a.md': '---\ntitle: A\n---\n' });
    const result = spawnSync(process.execPath, [cli, 'check'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'There is no content directory at `content`. Pass the folder that holds `posts/` (here `.`).\n',
    );
  });

  it('names `..` when run inside `posts/`, with the folder or without', () => {
    const posts = join(content('run-in-posts', { 'posts/a.md': '---\ntitle: A\n---\n' }), 'posts');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, 'check', ...args], { cwd: posts, encoding: 'utf8' });
    expect(run('.').stderr).toMatch(/^`\.` is not a content directory: .* \(here `\.\.`\)\.\n$/);
    expect(run().stderr).toBe(
      'There is no content directory at `content`. Pass the folder that holds `posts/` (here `..`).\n',
    );
  });

  it("names a Jekyll or Hugo site's folder of articles, and how to have it read", async () => {
    const jekyll = content('jekyll', { '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n' });
    expect(await contentDirProblem(jekyll)).toBe(
      `\`${jekyll}\` is not a content directory: it holds no \`posts/\`, \`events/\`, \`speakers.yaml\` or \`talks.yaml\`. confnotes reads articles from a folder named \`posts\`, not \`_posts/\`: rename it, or link it (\`ln -s _posts ${join(jekyll, 'posts')}\`).`,
    );
    // Run at the site's root with no folder, `content` is missing: the same advice, for `.`.
    const atRoot = spawnSync(process.execPath, [cli, 'check'], { cwd: jekyll, encoding: 'utf8' });
    expect(atRoot.stderr).toBe(
      'There is no content directory at `content`. confnotes reads articles from a folder named `posts`, not `_posts/`: link it (`ln -s _posts posts`) and pass `.`.\n',
    );
    // The link it names makes a content directory of it.
    symlinkSync('_posts', join(jekyll, 'posts'));
    expect(await contentDirProblem(jekyll)).toBeUndefined();
  });

  it('says that a file given as the folder, or as its posts/, is a file', async () => {
    const file = join(content('file', { 'a.md': '# A\n' }), 'a.md');
    expect(await contentDirProblem(file)).toBe(
      `\`${file}\` is a file, not a folder. Pass the folder that holds \`posts/\`.`,
    );
    const dir = content('posts-file', { posts: '# A\n' });
    expect(await contentDirProblem(dir)).toMatch(
      new RegExp(`^\`${join(dir, 'posts')}\` is a file, not a folder\\. Put the articles in`),
    );
  });

  it('names the content directory of an article given in its place, as a linter takes a file', async () => {
    const dir = content('one-article', { 'posts/2020/x.md': '---\ntitle: X\n---\n' });
    const article = join(dir, 'posts', '2020', 'x.md');
    expect(await contentDirProblem(article)).toBe(
      `\`${article}\` is a file, not a folder: confnotes checks a content directory as a whole. Pass the folder that holds \`posts/\` (here \`${dir}\`).`,
    );
  });

  it('refuses a posts/ that links out of the content directory or nowhere, whose articles are not read', async () => {
    const shared = content('shared', { 'posts/a.md': '---\ntitle: A\n---\n' });
    const dir = content('linked', { 'talks.yaml': '[]\n' });
    symlinkSync(join(shared, 'posts'), join(dir, 'posts'));
    expect(await contentDirProblem(dir)).toBe(
      `\`${join(dir, 'posts')}\` is a link out of the content directory (to \`${realpathSync(join(shared, 'posts'))}\`), and confnotes reads no article outside it. Move the articles into \`${join(dir, 'posts')}\`, or pass the folder that holds them (\`${realpathSync(shared)}\`).`,
    );
    const dangling = content('dangling', { 'talks.yaml': '[]\n' });
    symlinkSync('../moved/posts', join(dangling, 'posts'));
    expect(await contentDirProblem(dangling)).toBe(
      `\`${join(dangling, 'posts')}\` is a link to \`../moved/posts\`, which does not exist. Point it at the folder of the articles, or remove it.`,
    );
    // The link's target is the content's to choose: written so that it cannot drive a terminal.
    const hostile = content('hostile', { 'talks.yaml': '[]\n' });
    symlinkSync('x\x1b]0;pwned\x07\x1b[2J', join(hostile, 'posts'));
    expect(await contentDirProblem(hostile)).toBe(
      `\`${join(hostile, 'posts')}\` is a link to \`x\\u001b]0;pwned\\u0007\\u001b[2J\`, which does not exist. Point it at the folder of the articles, or remove it.`,
    );
    // A link that stays inside is followed, and so is a link to the whole content directory.
    const inside = content('inside', { 'drafts/a.md': '---\ntitle: A\n---\n' });
    symlinkSync('drafts', join(inside, 'posts'));
    expect(await contentDirProblem(inside)).toBeUndefined();
    symlinkSync(shared, join(root, 'whole'));
    expect(await contentDirProblem(join(root, 'whole'))).toBeUndefined();
  });

  it('names a loop of links, and the link that loops, rather than asking for a permission', async () => {
    const loop = join(root, 'loop');
    symlinkSync('loop', loop);
    expect(await contentDirProblem(loop)).toBe(
      `\`${loop}\` is a loop of symbolic links, which lead to one another and never to a folder. Point the link at the folder it stands for, or remove it.`,
    );
    for (const [name, files] of [
      ['posts-loop', { 'notes.txt': '' }],
      ['posts-loop-curated', { 'talks.yaml': '[]\n' }],
    ] as const) {
      const dir = content(name, files);
      symlinkSync('posts', join(dir, 'posts'));
      expect(await contentDirProblem(dir)).toBe(
        `\`${join(dir, 'posts')}\` is a loop of symbolic links, which lead to one another and never to a folder. Point the link at the folder it stands for, or remove it.`,
      );
    }
  });

  it('says that a path is too long, rather than asking for a permission', async () => {
    const long = join(root, 'x'.repeat(300));
    expect(await contentDirProblem(long)).toBe(
      `Cannot read \`${long}\`: its path is longer than the file system allows. Pass a shorter path to the folder (a relative one, say).`,
    );
  });

  it.runIf(asUser)(
    'refuses a posts/ that cannot be read, exit 2, instead of checking 0 posts and 0 errors',
    () => {
      const dir = content('locked', { 'posts/a.md': '---\ntitle: A\n---\n' });
      chmodSync(root, 0o755);
      chmodSync(join(dir, 'posts'), 0o000);
      const [command, ...args] = [...asUser!, process.execPath, cli, 'check', 'locked'];
      const result = spawnSync(command!, [...args, '--no-cache'], { cwd: root, encoding: 'utf8' });
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'Cannot read `locked/posts`: permission denied. Make it readable by the current user, or run confnotes as a user who may read it.\n',
      );
      expect(result.status).toBe(2);
    },
  );
});
