// The browser tests of every workspace drive Debian's Chromium through playwright-core, never a
// browser a test tool downloads. Each test setup calls `ensureChromium` first, so that whichever
// workspace's tests run first on a fresh machine find it installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium the tests drive: `CHROMIUM_PATH`, or Debian's package. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs Debian's chromium when `chromiumPath` is missing (as root), or says how to. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The browser tests need Chromium at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}
