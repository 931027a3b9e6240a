import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Json } from './harness.ts';
import { serverExit } from './server-exit.ts';

const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));
const seeds = fileURLToPath(new URL('../../../content', import.meta.url));
let child: ChildProcess | undefined;
// Directories a test made, removed once its server has exited.
const made: string[] = [];

afterEach(async () => {
  const proc = child;
  child = undefined;
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  }
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `src/server.ts` as `npm start` does, on a port the system picks. */
function start(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, ['--conditions=@confnotes/source', server, ...args], {
    env: { ...process.env, PORT: '0', SITE_DIR: '', CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  proc.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  proc.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /confnotes API: (http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    }, 20);
    proc.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { proc, url, output: () => output };
}

async function until(check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('the server entry', () => {
  it('serves the seeds, prints its URL and stops cleanly on Ctrl-C', async () => {
    const { proc, url } = start(seeds);
    const base = await url;
    const health = (await (await fetch(`${base}/healthz`)).json()) as Json;
    expect(health.catalog.posts).toBeGreaterThan(0);
    const talks = await fetch(`${base}/api/talks?limit=2`);
    expect(talks.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('serves no draft, nor what only a draft reports, unless CONFNOTES_DRAFTS=1', async () => {
    const work = mkdtempSync(join(tmpdir(), 'confnotes-drafts-'));
    made.push(work);
    writeFileSync(join(work, 'package.json'), '{}\n');
    const dir = join(work, 'content');
    cpSync(seeds, dir, { recursive: true });
    writeFileSync(
      join(dir, 'posts', 'zz-draft.md'),
      '---\ntitle: Zyzzyva notes\ndraft: true\n---\nBo Quillfeather spoke about **Quiet Queues at Scale**.\n',
    );
    const served = async (env: Record<string, string>) => {
      const { proc, url } = start(dir, [], env);
      const base = await url;
      const get = async (path: string) => (await (await fetch(`${base}${path}`)).json()) as Json;
      const found = {
        post: (await fetch(`${base}/api/posts/zz-draft`)).status,
        talks: (await get('/api/talks?q=queues')).data.length,
        speakers: (await get('/api/speakers?q=quillfeather')).data.length,
        search: (await get('/api/search?q=zyzzyva')).data.length,
      };
      const exit = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGINT');
      await exit;
      return found;
    };
    expect(await served({})).toEqual({ post: 404, talks: 0, speakers: 0, search: 0 });
    expect(await served({ CONFNOTES_DRAFTS: '1' })).toEqual({
      post: 200,
      talks: 1,
      speakers: 1,
      search: 1,
    });
  });

  it('says why it serves no post when every post is a link out of the content folder', async () => {
    const work = mkdtempSync(join(tmpdir(), 'confnotes-links-'));
    made.push(work);
    writeFileSync(join(work, 'package.json'), '{}\n');
    const outside = join(work, 'elsewhere.md');
    writeFileSync(outside, '---\ntitle: Elsewhere\n---\nA recap kept elsewhere.\n');
    mkdirSync(join(work, 'content', 'posts'), { recursive: true });
    symlinkSync(outside, join(work, 'content', 'posts', 'elsewhere.md'));
    const { url, output } = start(join(work, 'content'));
    await url;
    expect(output()).toMatch(
      /No post of .+ is served:\n {2}posts\/elsewhere\.md:1:1 warning unfollowed-link: This symbolic link/,
    );
  });

  it('refuses an invalid PORT with a message', async () => {
    const { code, stderr } = await serverExit({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be a number/);
  });

  it('says in a line, not a stack trace, that a CATALOG_FILE holds no catalog', async () => {
    const work = mkdtempSync(join(tmpdir(), 'confnotes-catalog-file-'));
    made.push(work);
    const yaml = join(work, 'talks.yaml');
    writeFileSync(yaml, '# Curated facts about talks\n- title: null\n');
    const { code, stderr } = await serverExit({ CATALOG_FILE: yaml, PORT: '0', SITE_DIR: '' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^CATALOG_FILE .+talks\.yaml is not JSON: .+\. Write one with `npm run confnotes -- export --out <file>`\.$/,
    );
  });

  it('reloads when content changes, and keeps serving the last good catalog', async () => {
    // In a package of its own, so the catalog cache goes inside it and with it.
    const work = mkdtempSync(join(tmpdir(), 'confnotes-content-'));
    made.push(work);
    writeFileSync(join(work, 'package.json'), '{}\n');
    const dir = join(work, 'content');
    cpSync(seeds, dir, { recursive: true });
    const { url, output } = start(dir, ['--reload']);
    const base = await url;
    const version = async () => ((await (await fetch(`${base}/healthz`)).json()) as Json).catalog;
    const first = await version();
    writeFileSync(
      join(dir, 'posts', 'zz-new.md'),
      '---\ntitle: A new recap\ndate: 2016-01-01\n---\n\nWe talked about containers.\n',
    );
    expect(await until(async () => (await version()).posts === first.posts + 1)).toBe(true);
    const good = await version();
    const logged = output().length;
    writeFileSync(join(dir, 'posts', 'zz-new.md'), '---\ntitle: [unclosed\n---\n\nBroken.\n');
    expect(await until(async () => /Kept the last good catalog/.test(output().slice(logged)))).toBe(
      true,
    );
    expect(output().slice(logged)).toMatch(/posts\/zz-new\.md:\d+:\d+ error/);
    expect(await version()).toEqual(good);
  });
});
