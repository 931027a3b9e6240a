// Builds the site from a given content directory into a given output directory: the e2e
// global setup (seeds and fixtures), the injection tests and the rebuild test build the same way,
// with the site's own build command.
import { spawnSync } from 'node:child_process';
import { buildScript, siteDir } from './paths.ts';

export interface BuildOptions {
  /** Reuse the previous build's unchanged pages (CONFNOTES_INCREMENTAL). */
  readonly incremental?: boolean;
  /** Keep Astro's log of every page written, which the build gives back. */
  readonly log?: boolean;
  /** The site's public address (CONFNOTES_SITE_URL), whose path the site is served under. */
  readonly siteUrl?: string;
  /** Publish drafts too, as a preview (CONFNOTES_DRAFTS). */
  readonly drafts?: boolean;
}

/**
 * Builds the site and gives back what it printed: Astro's log when `log` is set, and the
 * warnings of the site's own pages either way.
 */
export function buildSite(contentDir: string, distDir: string, options: BuildOptions = {}): string {
  const run = spawnSync(process.execPath, [buildScript, ...(options.log ? [] : ['--silent'])], {
    cwd: siteDir,
    env: {
      ...process.env,
      CONFNOTES_CONTENT_DIR: contentDir,
      CONFNOTES_OUT_DIR: distDir,
      CONFNOTES_INCREMENTAL: options.incremental ? '1' : '0',
      ...(options.siteUrl ? { CONFNOTES_SITE_URL: options.siteUrl } : {}),
      CONFNOTES_DRAFTS: options.drafts ? '1' : '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}
