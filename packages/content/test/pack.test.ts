import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

type Packed = { filename: string; files: { path: string }[] };
let packed: Packed | undefined;
/** The package built and packed, once for every test of the file. */
function pack(): Packed {
  if (!packed) {
    npm(['run', 'build'], pkg);
    [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], pkg)) as Packed[];
  }
  return packed!;
}

describe('the published package', () => {
  it('packs, installs into an empty project and imports as ESM with types and README', () => {
    const packed = pack();
    const files = packed.files.map((f) => f.path);
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
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)],
      project,
    );
    const installed = join(project, 'node_modules/@confnotes/content');
    expect(existsSync(join(installed, 'dist/index.d.ts'))).toBe(true);
    expect(existsSync(join(installed, 'README.md'))).toBe(true);

    writeFileSync(
      join(project, 'use.mjs'),
      `import { parsePost, loadPosts, Post } from '@confnotes/content';
import { parseMarkdown, titleHeading } from '@confnotes/content/markdown';
const { post, diagnostics } = parsePost('+++\\ntitle = "Packed"\\n+++\\nHello *there*.\\n', 'posts/2015-11-19-packed.md');
const { posts } = await loadPosts('.');
const heading = titleHeading(parseMarkdown('# Packed\\n\\nHello'), 'Packed')?.position.start.line;
console.log(JSON.stringify({ ok: Post.safeParse(post).success, title: post.title, date: post.date, html: post.html, diagnostics, posts: posts.length, heading }));
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
      heading: 1,
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
    const version = spawnSync(
      process.execPath,
      [join(installed, 'dist/node/cli.js'), '--version'],
      {
        encoding: 'utf8',
      },
    );
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(manifest.version);
  }, 120_000);

  it('type-checks every entry in a strict project without @types/node', () => {
    const packed = pack();
    const project = join(work, 'typed');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name":"typed","private":true,"type":"module"}');
    npm(
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)],
      project,
    );
    // A browser or edge project has no Node types; a declaration that names them fails its
    // `tsc`, since skipLibCheck is off unless a project turns it on.
    writeFileSync(
      join(project, 'use.ts'),
      `import { loadCatalog } from '@confnotes/content';
import { runCli } from '@confnotes/content/node';
import { slugify } from '@confnotes/content/portable';
import { loadSearchIndex } from '@confnotes/content/search';
import { parseMarkdown } from '@confnotes/content/markdown';
import { confnotesLoaders } from '@confnotes/content/astro';
import { postHtml } from '@confnotes/content/astro/pages';
export const used = [loadCatalog, runCli, slugify, loadSearchIndex, parseMarkdown, confnotesLoaders, postHtml];
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [
        join(pkg, '../../node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        '',
        'use.ts',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('feeds the content layer of a new Astro site, whose build fails on an article’s error', () => {
    const packed = pack();
    const project = join(work, 'astro-site');
    mkdirSync(join(project, 'src/pages/posts'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name":"site","private":true,"type":"module"}');
    // The Astro of this repository, which npm has in its cache already.
    const astro = JSON.parse(
      readFileSync(join(pkg, '../../node_modules/astro/package.json'), 'utf8'),
    );
    npm(
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        join(work, packed.filename),
        `astro@${astro.version}`,
      ],
      project,
    );
    // The content layer as the README sets it up, and pages that read every collection.
    writeFileSync(
      join(project, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { confnotesLoaders } from '@confnotes/content/astro';
const loaders = confnotesLoaders({ base: './content' });
export const collections = {
  posts: defineCollection({ loader: loaders.posts }),
  talks: defineCollection({ loader: loaders.talks }),
  speakers: defineCollection({ loader: loaders.speakers }),
  events: defineCollection({ loader: loaders.events }),
};
`,
    );
    writeFileSync(
      join(project, 'src/pages/index.astro'),
      `---
import { getCollection, getEntry } from 'astro:content';
const talks = await getCollection('talks');
const speaker = await getEntry('speakers', talks[0].data.speakers[0]);
const event = await getEntry('events', talks[0].data.event);
---
<ul>{talks.map((t) => <li class="talk">{t.data.title}</li>)}</ul>
<p id="first">{speaker.data.name} at {event.data.name}</p>
`,
    );
    writeFileSync(
      join(project, 'src/pages/posts/[id].astro'),
      `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<h1>{Astro.props.entry.data.title}</h1><Content />
`,
    );
    const posts = join(project, 'content/posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(
      join(posts, 'recap.md'),
      '---\ntitle: WidgetConf 2031 recap\ndate: 2031-05-14\n---\nIda Moss spoke about **Gears for distributed teams**.\n',
    );
    // A page bundle's picture and one of `static/`, published by the README's two routes.
    mkdirSync(join(project, 'src/pages/posts/[id]'), { recursive: true });
    writeFileSync(
      join(project, 'src/pages/posts/[id]/[...file].ts'),
      `import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { bundleFilePaths, contentFileResponse } from '@confnotes/content/astro/pages';
export const getStaticPaths = async () => bundleFilePaths(await getCollection('posts'));
export const GET: APIRoute = ({ props }) => contentFileResponse(props.path);
`,
    );
    writeFileSync(
      join(project, 'src/pages/[...file].ts'),
      `import type { APIRoute } from 'astro';
import { contentFileResponse, staticFilePaths } from '@confnotes/content/astro/pages';
export const getStaticPaths = () => staticFilePaths();
export const GET: APIRoute = ({ props }) => contentFileResponse(props.path);
`,
    );
    mkdirSync(join(posts, 'day-two'));
    writeFileSync(
      join(posts, 'day-two/index.md'),
      '---\ntitle: Day two\n---\n![Stage](stage.png) ![Room](/images/room.png)\n',
    );
    writeFileSync(join(posts, 'day-two/stage.png'), 'stage');
    mkdirSync(join(project, 'content/static/images'), { recursive: true });
    writeFileSync(join(project, 'content/static/images/room.png'), 'room');
    const build = () =>
      spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: project,
        env,
        encoding: 'utf8',
      });
    const built = build();
    expect(built.status, built.stderr).toBe(0);
    const home = readFileSync(join(project, 'dist/index.html'), 'utf8');
    expect(home).toContain('<li class="talk">Gears for distributed teams</li>');
    expect(home).toContain('Ida Moss at WidgetConf 2031');
    expect(readFileSync(join(project, 'dist/posts/recap/index.html'), 'utf8')).toContain(
      '<strong>Gears for distributed teams</strong>',
    );

    expect(readFileSync(join(project, 'dist/posts/day-two/index.html'), 'utf8')).toContain(
      '<img src="stage.png" alt="Stage">',
    );
    expect(readFileSync(join(project, 'dist/posts/day-two/stage.png'), 'utf8')).toBe('stage');
    expect(readFileSync(join(project, 'dist/images/room.png'), 'utf8')).toBe('room');

    writeFileSync(join(posts, 'broken.md'), '---\ntitle: Broken\ndate: 2031-02-30\n---\nHi\n');
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stdout + failed.stderr).toContain(
      'content/posts/broken.md:3:7 error invalid-date',
    );
  }, 240_000);
});
