// Builds the site from a given content directory into a given output directory: the e2e
// global setup (seeds and fixtures) and the injection tests build the same way.
import { spawnSync } from 'node:child_process';
import { astroBin, siteDir } from './paths.ts';

export function buildSite(contentDir: string, distDir: string): void {
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
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}
