// Keeps a server busy with valid requests while its content changes and the catalog is rebuilt
// and swapped: every request must still get a complete, successful answer.
import { writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { send } from './fuzz-run.ts';
import type { SeedServer } from './start-seeds.ts';

export interface ReloadReport {
  requests: number;
  failed: string[];
  reloads: number;
  /** Post totals the API reported after each reload. */
  totals: number[];
}

const PATHS = [
  '/api/posts?limit=100',
  '/api/talks?limit=100&sort=title',
  '/api/speakers',
  '/api/events/dockercon-eu-2015?include=talks,speakers',
  '/api/search?q=docker',
  '/api/catalog',
  '/healthz',
];

/**
 * Writes `reloads` new posts one by one under `concurrency` clients, after each either reloading
 * (`reload()`) or, with `watch`, waiting until the server's own watcher has swapped the post in.
 */
export async function reloadUnderLoad(
  server: SeedServer,
  options: { reloads: number; concurrency?: number; watch?: boolean },
): Promise<ReloadReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 6 });
  const report: ReloadReport = { requests: 0, failed: [], reloads: 0, totals: [] };
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const path = PATHS[i % PATHS.length]!;
      const outcome = await send(server.origin, { method: 'GET', path, headers: {} }, agent);
      report.requests++;
      if (!('status' in outcome) || outcome.status !== 200) {
        report.failed.push(`${path} ${JSON.stringify(outcome)}`);
      }
    }
  };
  const clients = Array.from({ length: options.concurrency ?? 6 }, (_, i) => client(i));
  try {
    for (let n = 0; n < options.reloads; n++) {
      writeFileSync(
        join(server.contentDir, 'posts', `reload-${n}.md`),
        `---\ntitle: Added while serving ${n}\ndate: 2015-11-20\n---\n\nA post written during a reload test.\n`,
      );
      if (options.watch) {
        const want = (report.totals.at(-1) ?? (await total(server.origin))) + 1;
        const deadline = Date.now() + 20_000;
        while ((await total(server.origin)) < want && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
        }
      } else if (!(await server.running.reload())) {
        report.failed.push(`reload ${n} was not swapped in`);
      }
      report.reloads++;
      report.totals.push(await total(server.origin));
      // A reload can take less time than a few requests: let the clients send some before the
      // next one, so every swap happens under load however quick it is.
      const enough = report.requests + 12;
      while (report.requests < enough) await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    running = false;
    await Promise.all(clients);
    agent.destroy();
  }
  return report;
}

async function total(origin: string): Promise<number> {
  const res = await fetch(`${origin}/api/posts?limit=1`);
  return ((await res.json()) as { meta: { total: number } }).meta.total;
}
