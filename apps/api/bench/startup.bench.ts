// `node --conditions=@confnotes/source bench/startup.bench.ts [posts]`: how long the Node server takes to
// serve a generated catalog of `posts` posts (50,000 by default) from CATALOG_FILE: until it
// listens, until a list, a detail and a first search are answered. Twice: first from the JSON
// file alone (the server then writes `<file>.prepared` in the background, timed too), then from
// that prepared file; beside the same run's baseline of reading and JSON-parsing the file alone.
// `--content=DIR` starts it from a content directory instead, as `npm start` does, three times
// from the core's cache: the first start also waits for the search index to be stored (when the
// catalog is large enough for that), which the next starts' first searches read.
// Each start also prints the server's own breakdown: module loading, catalog, app, and its CPU time
// until it listened, which a loaded machine skews less than wall time; then its peak memory. The
// server runs with the Node flags of the package's start script.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREPARE_SEARCH_AT } from '../src/node/load-catalog.ts';
import { preparedPath } from '../src/node/prepared-catalog.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

const content = process.argv.find((a) => a.startsWith('--content='))?.slice('--content='.length);
const posts = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 50_000);
const startScript = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start;
const nodeFlags = startScript.split(' ').filter((a) => a.startsWith('--'));

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function startOnce(
  label: string,
  /** A line of the server's log to wait for before stopping it: work it does after listening. */
  waitFor: RegExp | undefined,
  from: Record<string, string>,
  postId: string,
) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...nodeFlags, fileURLToPath(new URL('../src/server.ts', import.meta.url))],
    {
      env: { ...process.env, ...from, PORT: '0', SITE_DIR: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = /confnotes API: (http:\/\/\S+)\/api/.exec(output);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  const listening = performance.now() - started;
  const timed = async (path: string) => {
    const before = performance.now();
    const res = await fetch(`${url}${path}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    return `${s(performance.now() - started)} (${(performance.now() - before).toFixed(0)} ms)`;
  };
  const list = await timed('/api/posts?limit=20');
  const detail = await timed(`/api/posts/${encodeURIComponent(postId)}`);
  const search = await timed('/api/search?q=docker');
  const talks = await timed('/api/talks?limit=20');
  console.log(
    `${label}: listening ${s(listening)}, first list ${list}, detail ${detail}, search ${search}, talks ${talks} | load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`  ${output.split('\n').find((line) => line.startsWith('Loaded')) ?? ''}`);
  if (waitFor) {
    const waited = performance.now();
    while (!waitFor.test(output) && performance.now() - waited < 300_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`  ${output.split('\n').find((line) => waitFor.test(line)) ?? 'not prepared'}`);
  }
  console.log(`  peak memory ${peakMb(child.pid)}`);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The server's peak resident memory so far (Linux's VmHWM), read before it is stopped. */
function peakMb(pid: number | undefined): string {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : 'unknown';
  } catch {
    return 'unknown (no /proc here)';
  }
}

if (content) {
  const { loadCatalog } = await import('@confnotes/content/node');
  // Any post will do for the detail; the server builds its own catalog.
  const { catalog } = await loadCatalog(content);
  const postId = catalog.posts[Math.floor(catalog.posts.length / 2)]!.id;
  console.log(`${catalog.posts.length} posts from ${content} | load ${loadavg()[0]!.toFixed(1)}`);
  for (let k = 1; k <= 3; k++)
    await startOnce(
      `from the cache, start ${k}`,
      k === 1 &&
        catalog.posts.length + catalog.talks.length + catalog.speakers.length >= PREPARE_SEARCH_AT
        ? /search index/
        : undefined,
      { CONTENT_DIR: content },
      postId,
    );
} else {
  const dir = await mkdtemp(join(tmpdir(), 'confnotes-startup-'));
  const file = join(dir, 'catalog.json');
  const catalog = syntheticCatalog(posts);
  const postId = catalog.posts[Math.floor(posts / 2)]!.id;
  await writeFile(file, JSON.stringify(catalog));
  const start = performance.now();
  JSON.parse(await readFile(file, 'utf8'));
  const baseline = performance.now() - start;
  console.log(
    `${posts} posts from CATALOG_FILE | baseline read + JSON.parse ${s(baseline)} | load ${loadavg()[0]!.toFixed(1)}`,
  );
  const from = { CATALOG_FILE: file };
  await startOnce('from the JSON file', /^Prepared /m, from, postId);
  if (existsSync(preparedPath(file))) {
    await startOnce('from the prepared file', undefined, from, postId);
    await startOnce('from the prepared file, again', undefined, from, postId);
  }
  await rm(dir, { recursive: true, force: true });
}
