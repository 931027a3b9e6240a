// Builds the site once per test run and installs the browser when it is missing: Debian's
// chromium package, never a browser downloaded by a test tool. The content is the repository's
// seeds plus a post written to attack the page (fixtures/posts).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBin, chromiumPath, fixturesDir, repoContentDir, siteDir } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    contentDir: string;
    distDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  ensureChromium();
  // The test build goes to a temporary directory: `dist/` stays the site `npm start` serves.
  const work = mkdtempSync(join(tmpdir(), 'confnotes-site-e2e-'));
  const contentDir = join(work, 'content');
  const distDir = join(work, 'dist');
  cpSync(repoContentDir, contentDir, { recursive: true });
  cpSync(join(fixturesDir, 'posts'), join(contentDir, 'posts'), { recursive: true });
  const run = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: siteDir,
    env: {
      ...process.env,
      CONFNOTES_CONTENT_DIR: contentDir,
      CONFNOTES_OUT_DIR: distDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  }
  project.provide('contentDir', contentDir);
  project.provide('distDir', distDir);
  return () => rmSync(work, { recursive: true, force: true });
}

function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The e2e tests need Chromium at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}
