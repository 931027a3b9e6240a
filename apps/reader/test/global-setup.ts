import { spawnSync } from 'node:child_process';
import { hasTmux } from './tmux.ts';

// End-to-end tests run the built reader in tmux: build it once, and install tmux on a fresh
// machine when we are allowed to (root with apt-get), as the README's `npm test` promises.
export default function setup() {
  const root = new URL('..', import.meta.url).pathname;
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the reader for the end-to-end tests failed');
  if (hasTmux()) return;
  if (
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  ) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', 'tmux'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!hasTmux()) {
    throw new Error(
      'The end-to-end tests need tmux: install it (apt-get install -y tmux, brew install tmux).',
    );
  }
}
