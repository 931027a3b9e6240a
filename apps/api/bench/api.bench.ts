// `npm run bench -w @confnotes/api`: requests/s, p50 and p99 latency, errors and the ratio to a
// bare node:http floor answering the same bytes, for the list, detail and search routes, on the
// seed catalog and on a generated 10,000-post catalog. Everything on 127.0.0.1; each run is
// bounded by BENCH_SECONDS (10 by default). The app runs with its response store on (how it is
// served) and off (every request runs the route), so both costs are visible.
import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { resolveLoadCatalog } from '../src/node/load-catalog.ts';
import { searchLatency } from './search-latency.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const sizes = (process.env.BENCH_CATALOGS ?? 'seeds,10000').split(',');
const stores = (process.env.BENCH_STORE ?? 'store,nostore').split(',');

interface Ready {
  appPort: number;
  floorPort: number;
  postId: string;
  counts: Record<string, number>;
}

function next<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: { type: string }) => {
      if (message.type === type) {
        child.off('message', listener);
        resolve(message as T);
      }
    };
    child.on('message', listener);
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

// The machine is shared, so its load drifts during a run: the app and the floor are measured in
// alternating 2-second slices (one unmeasured second first, so the figures are of compiled code),
// and each figure is over the same stretch of time for both. Requests/s are over all slices;
// p50 and p99 are the medians of the slices'.
async function loadPair(
  appUrl: string,
  floorUrl: string,
): Promise<{ app: Figures; floor: Figures }> {
  await autocannon({ url: appUrl, connections, duration: 1 });
  await autocannon({ url: floorUrl, connections, duration: 1 });
  const slices = Math.max(1, Math.round(seconds / 2));
  const runs = { app: [] as Result[], floor: [] as Result[] };
  for (let i = 0; i < slices; i++) {
    runs.app.push(await autocannon({ url: appUrl, connections, duration: 2 }));
    runs.floor.push(await autocannon({ url: floorUrl, connections, duration: 2 }));
  }
  const figures = (results: Result[]): Figures => ({
    rps: results.reduce((sum, r) => sum + r.requests.total, 0) / (slices * 2),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
  });
  return { app: figures(runs.app), floor: figures(runs.floor) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows: string[] = [];

for (const size of sizes) {
  for (const store of stores) {
    const child = fork(
      fileURLToPath(new URL('./bench-server.ts', import.meta.url)),
      [size, store, contentDir],
      {
        execArgv: ['--conditions=@confnotes/source', '--expose-gc'],
      },
    );
    const ready = await next<Ready>(child, 'ready');
    const paths = {
      list: '/api/talks?limit=20',
      detail: `/api/posts/${encodeURIComponent(ready.postId)}`,
      search: '/api/search?q=docker',
    };
    child.send({ type: 'prepare', paths: Object.values(paths) });
    await next(child, 'prepared');
    const catalogName = size === 'seeds' ? 'seeds' : `${size} posts`;
    console.log(
      `\n${catalogName} (${ready.counts.posts} posts, ${ready.counts.talks} talks, ${ready.counts.speakers} speakers), response store ${store === 'store' ? 'on' : 'off'}, ${connections} connections, ${seconds} s each`,
    );
    for (const [name, path] of Object.entries(paths)) {
      child.send({ type: 'memory' });
      const before = (await next<{ usage: NodeJS.MemoryUsage }>(child, 'memory')).usage;
      const { app, floor } = await loadPair(
        `http://127.0.0.1:${ready.appPort}${path}`,
        `http://127.0.0.1:${ready.floorPort}${path}`,
      );
      child.send({ type: 'memory' });
      const after = (await next<{ usage: NodeJS.MemoryUsage }>(child, 'memory')).usage;
      const line = [
        `${catalogName.padEnd(12)} ${(store === 'store' ? 'store' : 'no store').padEnd(9)} ${name.padEnd(7)}`,
        `app ${app.rps.toFixed(0).padStart(6)} req/s p50 ${app.p50} ms p99 ${app.p99} ms errors ${app.errors}`,
        `floor ${floor.rps.toFixed(0).padStart(6)} req/s p50 ${floor.p50} ms p99 ${floor.p99} ms`,
        `ratio ${(app.rps / floor.rps).toFixed(2)}`,
        `load ${loadavg()[0]!.toFixed(1)}`,
        `heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, rss ${mb(before.rss)} -> ${mb(after.rss)}`,
      ].join(' | ');
      console.log(line);
      rows.push(line);
    }
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

console.log(
  `\nload average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log(
  '\nsearch() in process, top 20 with snippets, 24 queries of six kinds x 30 rounds, against a naive text scan:',
);
for (const size of sizes) {
  const catalog =
    size === 'seeds'
      ? (await (await resolveLoadCatalog(() => {}))(contentDir)).catalog
      : syntheticCatalog(Number(size));
  const r = searchLatency(catalog);
  console.log(
    `${(size === 'seeds' ? 'seeds' : `${size} posts`).padEnd(12)} build ${r.buildMs.toFixed(0)} ms, index ${mb(r.indexBytes)} loaded from bytes in ${r.loadMs.toFixed(0)} ms | search p50 ${r.p50.toFixed(3)} ms p95 ${r.p95.toFixed(3)} ms p99 ${r.p99.toFixed(3)} ms (CPU p50 ${r.cpuP50.toFixed(3)} ms p99 ${r.cpuP99.toFixed(3)} ms) | scan p50 ${r.scanP50.toFixed(3)} ms p99 ${r.scanP99.toFixed(3)} ms | p99 ratio search/scan ${(r.p99 / r.scanP99).toFixed(2)} | load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `${''.padEnd(12)} p50/p99 by kind: ${r.kinds.map((k) => `${k.kind} ${k.p50.toFixed(2)}/${k.p99.toFixed(2)}`).join(', ')} ms`,
  );
}
