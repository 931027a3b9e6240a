// The API's long hardening run: 20,000 fuzz requests over four seeds, 30 reloads under load,
// then the soak (HARDEN_SOAK_SECONDS, 300 by default; 0 skips it). Prints one summary line.
import { runFuzz } from '../test/harden/fuzz-run.ts';
import { reloadUnderLoad } from '../test/harden/reload-load.ts';
import { runSoak } from '../test/harden/soak-run.ts';
import { startSeedServer } from '../test/harden/start-seeds.ts';

const totals = { inputs: 0, crashes: 0, hangs: 0, errors: 0, injections: 0, lost: 0 };
const show = (items: string[]) => {
  for (const item of items.slice(0, 5)) console.log(`  ${item}`);
};

const server = await startSeedServer();
try {
  for (const seed of [1, 2, 3, 4]) {
    const fuzz = await runFuzz(server.origin, { count: 5_000, seed });
    totals.inputs += fuzz.inputs;
    totals.crashes += fuzz.crashes.length;
    totals.hangs += fuzz.hangs.length;
    totals.errors += fuzz.errors.length;
    totals.injections += fuzz.injections.length;
    console.log(
      `fuzz seed ${seed}: ${fuzz.inputs} requests, statuses ${JSON.stringify(fuzz.statuses)}`,
    );
    show([...fuzz.crashes, ...fuzz.hangs, ...fuzz.errors, ...fuzz.injections]);
  }
  const reload = await reloadUnderLoad(server, { reloads: 30 });
  totals.inputs += reload.requests;
  totals.lost += reload.failed.length;
  console.log(
    `reload: ${reload.reloads} reloads under ${reload.requests} requests, ${reload.failed.length} failed`,
  );
  show(reload.failed);
} finally {
  await server.close();
}

const soakSeconds = Number(process.env.HARDEN_SOAK_SECONDS ?? 300);
if (soakSeconds > 0) {
  const soak = await runSoak(soakSeconds);
  const first = soak.samples[0]!;
  const last = soak.samples.at(-1)!;
  totals.inputs += soak.inputs;
  totals.crashes += soak.crashes;
  totals.hangs += soak.hangs;
  totals.errors += soak.errors;
  totals.lost += soak.failedDuringReload;
  console.log(
    `soak: ${soakSeconds} s, ${soak.inputs} requests, heap ${first.heapMiB} -> ${last.heapMiB} MiB, rss ${first.rssMiB} -> ${last.rssMiB} MiB`,
  );
}

// A dropped connection is counted as a crash: the client got no answer.
console.log(
  `HARDEN api inputs=${totals.inputs} crashes=${totals.crashes + totals.errors} hangs=${totals.hangs} injections=${totals.injections} lost=${totals.lost}`,
);
if (totals.crashes + totals.errors + totals.hangs + totals.injections + totals.lost > 0)
  process.exitCode = 1;
