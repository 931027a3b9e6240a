// Runs every workspace's `test` task through turbo, then totals the per-workspace Vitest JSON
// reports into one closing line, `N passed, N failed`, that CI and people can read at a glance.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name))
    : [],
);
const report = (dir) => join(dir, '.vitest-result.json');
for (const dir of workspaces) rmSync(report(dir), { force: true });

const run = spawnSync(
  join(root, 'node_modules/.bin/turbo'),
  ['run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of workspaces) {
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  if (!existsSync(report(dir))) {
    missing.push(pkg.name);
    continue;
  }
  const r = JSON.parse(readFileSync(report(dir), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(`${pkg.name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
if (missing.length) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status !== 0 || failed > 0 || missing.length > 0 ? 1 : 0);
