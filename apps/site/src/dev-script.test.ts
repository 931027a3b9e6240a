import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('npm run dev:site', () => {
  // Astro's own flags (`--port`, `--host`, `--open`) must get through the root script and the
  // workspace's, where npm would otherwise take them as its own settings.
  it("passes what follows `--` to astro dev, as Astro's own `npm run dev -- --port 4000` does", () => {
    const run = spawnSync('npm', ['run', 'dev:site', '--', '--help'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toMatch(/astro dev/);
    expect(run.stdout).toMatch(/--port/);
    expect(run.status).toBe(0);
  });
});
