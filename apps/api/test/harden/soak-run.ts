// Serves the seeds on 127.0.0.1 for a while under steady load (valid requests and fuzz in turn)
// and samples the process's memory after a full collection, to show whether it stays flat.
import { runFuzz } from './fuzz-run.ts';
import { reloadUnderLoad } from './reload-load.ts';
import { startSeedServer } from './start-seeds.ts';

export interface MemorySample {
  readonly atSeconds: number;
  readonly heapMiB: number;
  readonly rssMiB: number;
}

export interface SoakReport {
  seconds: number;
  inputs: number;
  crashes: number;
  hangs: number;
  errors: number;
  failedDuringReload: number;
  samples: MemorySample[];
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function sample(startedAt: number): MemorySample {
  // A collection first, so the figure is what is kept, not what is waiting to be freed.
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  return {
    atSeconds: Math.round((performance.now() - startedAt) / 1000),
    heapMiB: mib(memory.heapUsed),
    rssMiB: mib(memory.rss),
  };
}

/** Runs the soak for `seconds`; `onSample` sees each memory sample as it is taken. */
export async function runSoak(
  seconds: number,
  onSample: (s: MemorySample) => void = () => {},
): Promise<SoakReport> {
  const server = await startSeedServer();
  const report: SoakReport = {
    seconds,
    inputs: 0,
    crashes: 0,
    hangs: 0,
    errors: 0,
    failedDuringReload: 0,
    samples: [],
  };
  const startedAt = performance.now();
  const take = () => {
    const s = sample(startedAt);
    report.samples.push(s);
    onSample(s);
  };
  try {
    // Warm up first: caches fill and code is compiled, so the first sample is a fair baseline.
    await runFuzz(server.origin, { count: 2_000, seed: 1 });
    take();
    let round = 0;
    let nextSample = performance.now() + 15_000;
    while (performance.now() - startedAt < seconds * 1000) {
      round++;
      const fuzz = await runFuzz(server.origin, { count: 1_000, seed: 1000 + round });
      report.inputs += fuzz.inputs;
      report.crashes += fuzz.crashes.length;
      report.hangs += fuzz.hangs.length;
      report.errors += fuzz.errors.length;
      // Every tenth round rebuilds the catalog under load: a leak per swap would show here.
      if (round % 10 === 0) {
        const reload = await reloadUnderLoad(server, { reloads: 1 });
        report.inputs += reload.requests;
        report.failedDuringReload += reload.failed.length;
      }
      if (performance.now() >= nextSample) {
        take();
        nextSample += 15_000;
      }
    }
    take();
  } finally {
    await server.close();
  }
  return report;
}
