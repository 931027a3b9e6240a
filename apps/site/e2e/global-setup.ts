// Builds the site once per test run, from the e2e fixture content, and installs the browser
// when it is missing: Debian's chromium package, never a browser downloaded by a test tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, fixtureContentDir, siteDir } from './paths.ts';

export default function setup(): void {
  ensureChromium();
  const run = spawnSync(process.execPath, [npmBin('astro'), 'build', '--silent'], {
    cwd: siteDir,
    env: {
      ...process.env,
      CONFNOTES_CONTENT_DIR: fixtureContentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  }
}

function npmBin(name: string): string {
  return new URL(`../../../node_modules/${name}/bin/${name}.mjs`, import.meta.url).pathname;
}

function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The e2e tests need Chromium at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
