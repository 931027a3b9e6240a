import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBin, buildScript, fixturesDir, siteDir } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-site-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of invalid content', () => {
  // `astro build` as any Astro user runs it, and the site's own `npm run build`, which runs it
  // in the same process after beginning the head start.
  it.each([
    ['astro build', [astroBin, 'build']],
    ['scripts/build.mjs', [buildScript]],
  ])("fails with the core's file:line:column diagnostic and its hint (%s)", (name, command) => {
    const content = join(work, name, 'content');
    cpSync(join(fixturesDir, 'invalid'), join(content, 'posts'), { recursive: true });
    const run = spawnSync(process.execPath, command, {
      cwd: siteDir,
      env: {
        ...process.env,
        CONFNOTES_CONTENT_DIR: content,
        CONFNOTES_OUT_DIR: join(work, name, 'dist'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/posts\/bad-date\.md:3:\d+ error invalid-date: The date .*2015-13-40/);
    expect(output).toContain('hint: Write the date as YYYY-MM-DD');
    // The diagnostics are the whole story: no stack heading with nothing under it.
    expect(output).not.toContain('Stack trace:');
  });
});
