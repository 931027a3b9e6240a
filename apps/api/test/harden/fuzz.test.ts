import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz-run.ts';
import { type SeedServer, startSeedServer } from './start-seeds.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

describe('the API under fuzzed requests', () => {
  it('answers 2,000 valid, mutated and random requests with 2xx, 3xx or 4xx, never 5xx or silence', async () => {
    const report = await runFuzz(server.origin, { count: 2_000, seed: 20151117 });
    expect(report.inputs).toBe(2_000);
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.injections).toEqual([]);
    // The mix reaches the routes, not only the error paths.
    expect(report.statuses[200]).toBeGreaterThan(300);
    expect(report.statuses[400]).toBeGreaterThan(100);
    expect(report.statuses[404]).toBeGreaterThan(10);
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(200);
  });
});
