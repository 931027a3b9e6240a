import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadUnderLoad } from './reload-load.ts';
import { type SeedServer, startSeedServer } from './start-seeds.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

describe('reloading content while serving', () => {
  it('answers every request under load while five rebuilt catalogs are swapped in', async () => {
    const before = (await (await fetch(`${server.origin}/api/posts?limit=1`)).json()) as {
      meta: { total: number };
    };
    const report = await reloadUnderLoad(server, { reloads: 5 });
    expect(report.failed).toEqual([]);
    expect(report.reloads).toBe(5);
    // Each reload added exactly one post, in order: nothing lost, nothing doubled.
    const start = before.meta.total;
    expect(report.totals).toEqual([1, 2, 3, 4, 5].map((n) => start + n));
    expect(report.requests).toBeGreaterThan(50);
  });
});

describe('the --reload watcher under load', () => {
  it('picks up three posts saved while serving, failing no request', async () => {
    const watched = await startSeedServer(undefined, { reload: true });
    try {
      const res = await fetch(`${watched.origin}/api/posts?limit=1`);
      const start = ((await res.json()) as { meta: { total: number } }).meta.total;
      const report = await reloadUnderLoad(watched, { reloads: 3, watch: true });
      expect(report.failed).toEqual([]);
      expect(report.totals).toEqual([1, 2, 3].map((n) => start + n));
    } finally {
      await watched.close();
    }
  });
});
