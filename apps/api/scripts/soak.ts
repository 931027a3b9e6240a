// The API's soak: serves the seeds on 127.0.0.1 under fuzz and valid load with a catalog reload
// every few seconds, for SOAK_SECONDS (300 by default), and prints memory at start and end.
// Run with `npm run soak -w @confnotes/api`; it is not part of `npm test`.
import { runSoak } from '../test/harden/soak-run.ts';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
console.log(`soak: ${seconds} s on 127.0.0.1`);
const report = await runSoak(seconds, (s) =>
  console.log(`  t=${s.atSeconds}s heap=${s.heapMiB} MiB rss=${s.rssMiB} MiB`),
);
const first = report.samples[0]!;
const last = report.samples.at(-1)!;
const growth = last.heapMiB - first.heapMiB;
console.log(
  `soak: ${report.inputs} requests, ${report.crashes} 5xx, ${report.hangs} hangs, ${report.errors} dropped, ${report.failedDuringReload} failed during reloads`,
);
console.log(
  `soak: heap ${first.heapMiB} -> ${last.heapMiB} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}), rss ${first.rssMiB} -> ${last.rssMiB} MiB`,
);
// Flat: the kept heap grew by less than a quarter (and 8 MiB) over the run.
const flat = growth < Math.max(8, first.heapMiB * 0.25);
console.log(`soak: memory ${flat ? 'flat' : 'GREW'}`);
if (!flat || report.crashes + report.hangs + report.failedDuringReload > 0) process.exitCode = 1;
