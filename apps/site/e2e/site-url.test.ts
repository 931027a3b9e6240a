// CONFNOTES_SITE_URL is written into every canonical link, feed and sitemap line: the build
// command refuses a value that is no address in one line that says what to write, before it
// builds anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScript, siteDir } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build given a CONFNOTES_SITE_URL that is no address', () => {
  it.each([
    ['example.com/notes', /"example\.com\/notes", which is not an address/],
    ['https://me:secret@example.com/', /user name or password/],
  ])('stops on %s with one line that says what to write, and no stack', (value, message) => {
    const out = join(work, 'dist');
    const run = spawnSync(process.execPath, [buildScript], {
      cwd: siteDir,
      env: { ...process.env, CONFNOTES_SITE_URL: value, CONFNOTES_OUT_DIR: out, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Set it to the public address of the site's home page/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
