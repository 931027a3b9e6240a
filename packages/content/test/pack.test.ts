import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'confnotes-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// npm runs on whatever Node is first on PATH; put the one running the tests there.
const env = { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` };
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8' });

describe('the published package', () => {
  it('packs, installs into an empty project and imports as ESM with types and README', () => {
    npm(['run', 'build'], pkg);
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], pkg)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed!.files.map((f) => f.path);
    expect(files).toContain('README.md');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/node/cli.js');
    expect(files.some((f) => f.endsWith('.test.js'))).toBe(false);

    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(
      join(project, 'package.json'),
      '{"name":"consumer","private":true,"type":"module"}',
    );
    npm(
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed!.filename)],
      project,
    );
    const installed = join(project, 'node_modules/@confnotes/content');
    expect(existsSync(join(installed, 'dist/index.d.ts'))).toBe(true);
    expect(existsSync(join(installed, 'README.md'))).toBe(true);

    writeFileSync(
      join(project, 'use.mjs'),
      `import { parsePost, loadPosts, Post } from '@confnotes/content';
const { post, diagnostics } = parsePost('+++\\ntitle = "Packed"\\n+++\\nHello *there*.\\n', 'posts/2015-11-19-packed.md');
const { posts } = await loadPosts('.');
console.log(JSON.stringify({ ok: Post.safeParse(post).success, title: post.title, date: post.date, html: post.html, diagnostics, posts: posts.length }));
`,
    );
    const result = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      title: 'Packed',
      date: '2015-11-19',
      html: '<p id="p-1">Hello <em>there</em>.</p>',
      diagnostics: [],
      posts: 0,
    });
    // The installed CLI checks a content folder of the project's (one with no `posts/` is refused).
    mkdirSync(join(project, 'posts'));
    writeFileSync(
      join(project, 'posts', '2015-11-19-packed.md'),
      '+++\ntitle = "Packed"\n+++\nHello *there*.\n',
    );
    const cli = spawnSync(process.execPath, [join(installed, 'dist/node/cli.js'), 'check', '.'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(cli.stdout).toMatch(/1 post\b.* from 1 file in \.: 0 errors, 0 warnings/);
  }, 120_000);
});
