// The site's long hardening run: the site built from content with an attack in every field,
// HARDEN_ROUNDS (3 by default) times over, every page checked in Chromium. Prints one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const rounds = Number(process.env.HARDEN_ROUNDS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'confnotes-site-harden-'));
const reportFile = join(work, 'report.jsonl');
const run = spawnSync(process.execPath, [vitest, 'run', 'e2e/harden'], {
  cwd: root,
  env: { ...process.env, HARDEN_ROUNDS: String(rounds), HARDEN_REPORT: reportFile },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let report = { inputs: 0, pages: 0, injections: 0, lost: 0, remoteImages: 0 };
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8').trim().split('\n').at(-1)!);
} catch {
  // No report: the run stopped before its end, which the counts below show as a crash.
}
rmSync(work, { recursive: true, force: true });
// A failed run (the build broke, a page never settled, a check failed) counts as a crash.
const crashes = run.status === 0 ? 0 : 1;
console.log(
  `site: ${report.pages} pages checked in Chromium, ${report.remoteImages} remote article images requested and refused`,
);
console.log(
  `HARDEN site inputs=${report.inputs} crashes=${crashes} hangs=0 injections=${report.injections} lost=${report.lost}`,
);
if (run.status !== 0) process.exitCode = 1;
