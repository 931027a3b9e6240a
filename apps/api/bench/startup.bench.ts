// `node --conditions=source bench/startup.bench.ts [posts]`: how long the Node server takes to
// serve a generated catalog of `posts` posts (50,000 by default) from CATALOG_FILE: until it
// listens, until a list, a detail and a first search are answered; beside the same run's baseline
// of reading and JSON-parsing the file alone.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCatalog } from './synthetic-catalog.ts';

const posts = Number(process.argv[2] ?? 50_000);
const dir = await mkdtemp(join(tmpdir(), 'confnotes-startup-'));
const file = join(dir, 'catalog.json');
const catalog = syntheticCatalog(posts);
const postId = catalog.posts[Math.floor(posts / 2)]!.id;
await writeFile(file, JSON.stringify(catalog));

let start = performance.now();
JSON.parse(await readFile(file, 'utf8'));
const baseline = performance.now() - start;

start = performance.now();
const child = spawn(
  process.execPath,
  ['--conditions=source', fileURLToPath(new URL('../src/server.ts', import.meta.url))],
  {
    env: { ...process.env, CATALOG_FILE: file, PORT: '0', SITE_DIR: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    const found = /confnotes API: (http:\/\/\S+)\/api/.exec(output);
    if (found) resolve(found[1]!);
  });
  child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
});
const listening = performance.now() - start;
const timed = async (path: string) => {
  const res = await fetch(`${url}${path}`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - start;
};
const list = await timed('/api/posts?limit=20');
const detail = await timed(`/api/posts/${encodeURIComponent(postId)}`);
const search = await timed('/api/search?q=docker');
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await rm(dir, { recursive: true, force: true });

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${posts} posts from CATALOG_FILE: listening ${s(listening)}, first list ${s(list)}, first detail ${s(detail)}, first search ${s(search)} (builds the search index) | baseline read + JSON.parse ${s(baseline)} | ratio listening/baseline ${(listening / baseline).toFixed(2)}`,
);
