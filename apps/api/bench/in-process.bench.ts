// Per-request cost of the app without a network: `node --conditions=@confnotes/source
// bench/in-process.bench.ts [posts]` times app.fetch for the benchmark's routes, with the response
// store off (every request runs the route) and on, to see where a request's time goes.
import { createApp } from '../src/app.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

const posts = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 3000);
const catalog = syntheticCatalog(posts);
const paths = {
  list: '/api/talks?limit=20',
  detail: `/api/posts/${encodeURIComponent(catalog.posts[Math.floor(posts / 2)]!.id)}`,
  search: '/api/search?q=docker',
};
for (const store of process.env.STORE === 'on'
  ? [true]
  : process.env.STORE === 'off'
    ? [false]
    : [false, true]) {
  const app = createApp(catalog, { responseStore: store });
  for (const [name, path] of Object.entries(paths)) {
    const url = `http://127.0.0.1${path}`;
    const run = async (n: number) => {
      for (let i = 0; i < n; i++) await (await app.fetch(new Request(url))).arrayBuffer();
    };
    await run(Math.min(500, rounds));
    const start = performance.now();
    const cpu = process.cpuUsage();
    await run(rounds);
    const us = ((performance.now() - start) / rounds) * 1000;
    const used = process.cpuUsage(cpu);
    // CPU time as well as wall time: on a shared machine the wall time also counts waiting.
    console.log(
      `${posts} posts, store ${store ? 'on ' : 'off'} ${name.padEnd(7)} ${us.toFixed(0)} µs/request, ${((used.user + used.system) / rounds).toFixed(0)} µs CPU`,
    );
  }
}
