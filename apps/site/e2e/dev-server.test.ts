// `npm run dev` as a writer uses it: Astro's dev server over a content directory that holds a
// broken article, then the article fixed, then broken again while its page is open, then another
// article added meanwhile.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBin, siteDir } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-site-dev-'));
const posts = join(work, 'content', 'posts');
const article = (title: string, date: string) =>
  `---\ntitle: ${title}\ndate: ${date}\n---\n\nI saw **Volumes in depth** by Ann Other.\n`;

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

let server: ChildProcess | undefined;
let origin = '';
let output = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

// The environment a writer's shell has, not this test runner's: with VITEST set, Vite's dev
// server answers every page 404, and BASE_URL would move the site.
const writerEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith('VITEST') &&
        !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key),
    ),
  );

const status = async (path: string) => {
  try {
    return (await fetch(new URL(path, origin))).status;
  } catch {
    return 0;
  }
};

/** Polls until `path` answers `code`: the dev server reloads content on its own time. */
async function until(path: string, code: number, seconds = 30): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if ((await status(path)) === code) return;
    if (server?.exitCode !== null) throw new Error(`the dev server ended:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never answered ${code}:\n${output}`);
}

beforeAll(async () => {
  mkdirSync(posts, { recursive: true });
  writeFileSync(join(posts, 'good.md'), article('A good note', '2016-01-02'));
  // Pictures a post links to where the built site has them: from the root, and in its bundle.
  mkdirSync(join(work, 'content', 'static', 'images'), { recursive: true });
  writeFileSync(join(work, 'content', 'static', 'images', 'room.svg'), SVG);
  mkdirSync(join(posts, 'bundled'), { recursive: true });
  writeFileSync(
    join(posts, 'bundled', 'index.md'),
    '---\ntitle: A bundled note\ndate: 2016-01-03\n---\n\n![Room](/images/room.svg) ![Stage](stage.svg)\n',
  );
  writeFileSync(join(posts, 'bundled', 'stage.svg'), SVG);
  writeFileSync(join(posts, 'broken.md'), article('A broken note', '2016-13-02'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: siteDir,
      env: {
        ...writerEnv(),
        CONFNOTES_CONTENT_DIR: join(work, 'content'),
        // The dev server's content store, apart from every build's.
        CONFNOTES_ASTRO_CACHE_DIR: join(work, 'astro-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  await until('/posts/good/', 200, 90);
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('starts with every article that has no error, and names the broken one', async () => {
    expect(await status('/posts/good/')).toBe(200);
    expect(await status('/posts/broken/')).toBe(404);
    expect(output).toMatch(/posts\/broken\.md:3:\d+ error invalid-date/);
    expect(output).not.toContain('build again');
  });

  it('shows the article once it is fixed, and keeps its page while it is broken again', async () => {
    writeFileSync(join(posts, 'broken.md'), article('A broken note', '2016-12-02'));
    await until('/posts/broken/', 200);
    const reported = output.match(/error invalid-date/g)!.length;
    writeFileSync(join(posts, 'broken.md'), article('A broken note', '2016-12-42'));
    const end = Date.now() + 30_000;
    while (output.match(/error invalid-date/g)!.length === reported && Date.now() < end)
      await new Promise((r) => setTimeout(r, 250));
    expect(output.match(/error invalid-date/g)!.length).toBe(reported + 1);
    expect(await status('/posts/broken/')).toBe(200);
    expect(await status('/posts/good/')).toBe(200);
  });

  it('serves the files of static/ and of a page bundle at the paths a built site has them', async () => {
    for (const path of ['/images/room.svg', '/posts/bundled/stage.svg']) {
      const res = await fetch(new URL(path, origin));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^image\/svg\+xml/);
      expect(await res.text(), path).toBe(SVG);
    }
    expect(await status('/images/nothing.svg')).toBe(404);
  });

  it("shows an article added while another is broken, keeping the broken one's page", async () => {
    writeFileSync(join(posts, 'later.md'), article('A later note', '2016-02-03'));
    await until('/posts/later/', 200);
    expect(await status('/posts/broken/')).toBe(200);
  });
});
