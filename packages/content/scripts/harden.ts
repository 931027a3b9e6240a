// The core's long hardening run: the tests of test/harden with many more inputs (HARDEN_RUNS
// fast-check runs per property, adversarial cases from HARDEN_SIZE bytes, the export killed
// HARDEN_KILLS times on HARDEN_POSTS generated posts). Prints one line
// `HARDEN content inputs=N crashes=N hangs=N injections=N lost=N`.
// With `--all` (the root `npm run harden`), then runs each app's `harden` script and prints
// a report of every part and the total; exits 1 when anything but inputs is not zero.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const content = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const vitest = join(repo, 'node_modules/vitest/vitest.mjs');

interface Counts {
  inputs: number;
  crashes: number;
  hangs: number;
  injections: number;
  lost: number;
}
const zero = (): Counts => ({ inputs: 0, crashes: 0, hangs: 0, injections: 0, lost: 0 });
const BAD = ['crashes', 'hangs', 'injections', 'lost'] as const;

/** Runs a command with its output shown, and returns its exit code and what it printed. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (status) => done({ status, out }));
  });
}

interface VitestReport {
  testResults?: {
    name: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

/** The core part: the harden tests with long runs, counted from their report and results. */
async function core(): Promise<Counts> {
  const work = mkdtempSync(join(tmpdir(), 'confnotes-content-harden-'));
  const reportFile = join(work, 'inputs.jsonl');
  const resultFile = join(work, 'results.json');
  const env = {
    HARDEN_RUNS: process.env.HARDEN_RUNS ?? '2000',
    HARDEN_SIZE: process.env.HARDEN_SIZE ?? '40000',
    HARDEN_POSTS: process.env.HARDEN_POSTS ?? '1500',
    HARDEN_KILLS: process.env.HARDEN_KILLS ?? '8',
    HARDEN_REPORT: reportFile,
  };
  const { status } = await run(
    process.execPath,
    [
      vitest,
      'run',
      'test/harden',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${resultFile}`,
    ],
    content,
    env,
  );
  const counts = zero();
  if (existsSync(reportFile))
    for (const line of readFileSync(reportFile, 'utf8').trim().split('\n'))
      counts.inputs += (JSON.parse(line) as { inputs: number }).inputs;
  let results: VitestReport = {};
  try {
    results = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {}
  let failed = 0;
  for (const file of results.testResults ?? [])
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      failed++;
      // Each failed test is one finding, of the kind its file or name checks.
      if (file.name.endsWith('nothing-lost.test.ts')) counts.lost++;
      else if (test.fullName.includes('linear time')) counts.hangs++;
      else if (test.fullName.includes('runs nothing')) counts.injections++;
      else counts.crashes++;
    }
  // A run that failed with no failed test (it could not start, or a file did not load).
  if (status !== 0 && failed === 0) counts.crashes++;
  rmSync(work, { recursive: true, force: true });
  return counts;
}

const line = (part: string, c: Counts) =>
  `HARDEN ${part} inputs=${c.inputs} crashes=${c.crashes} hangs=${c.hangs} injections=${c.injections} lost=${c.lost}`;

/** Each app's `harden` script, read from its summary line; no line counts as a crash. */
async function app(name: string): Promise<Counts> {
  // npm runs this script with its own path in npm_execpath: run the apps' scripts with it.
  const npm = process.env.npm_execpath;
  const { status, out } = await run(
    npm ? process.execPath : 'npm',
    [...(npm ? [npm] : []), 'run', 'harden'],
    join(repo, 'apps', name),
    {},
  );
  const found =
    /HARDEN \S+ inputs=(\d+) crashes=(\d+) hangs=(\d+) injections=(\d+) lost=(\d+)/.exec(out);
  if (!found) return { ...zero(), crashes: 1 };
  const [inputs, crashes, hangs, injections, lost] = found.slice(1).map(Number) as number[];
  const counts = {
    inputs: inputs!,
    crashes: crashes!,
    hangs: hangs!,
    injections: injections!,
    lost: lost!,
  };
  // A failed script whose line shows nothing wrong still failed.
  if (status !== 0 && BAD.every((k) => counts[k] === 0)) counts.crashes = 1;
  return counts;
}

const start = performance.now();
const parts: [string, Counts][] = [['content', await core()]];
console.log(line('content', parts[0]![1]));
if (process.argv.includes('--all')) {
  for (const name of ['api', 'reader', 'site']) {
    const pkg = join(repo, 'apps', name, 'package.json');
    if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.harden) continue;
    console.log(`\n== ${name}: npm run harden`);
    parts.push([name, await app(name)]);
  }
  const total = zero();
  for (const [, c] of parts)
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  console.log('\nHarden report');
  for (const [part, c] of parts) console.log(line(part, c));
  console.log(line('total', total));
  console.log(`in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  if (BAD.some((k) => total[k] > 0)) process.exitCode = 1;
} else if (BAD.some((k) => parts[0]![1][k] > 0)) process.exitCode = 1;
