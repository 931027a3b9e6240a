import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The module reads the environment once, as the build does: each case imports it afresh.
async function envWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const name of [
    'INIT_CWD',
    'CONFNOTES_CONTENT_DIR',
    'CONTENT_DIR',
    'CONFNOTES_OUT_DIR',
    'CONFNOTES_ASTRO_CACHE_DIR',
  ])
    vi.stubEnv(name, vars[name]);
  return import('./env.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the build environment', () => {
  it('takes relative paths from where npm was run, not from the site folder npm runs in', async () => {
    const home = mkdtempSync(join(tmpdir(), 'confnotes-env-'));
    mkdirSync(join(home, 'notes', 'content'), { recursive: true });
    const env = await envWith({
      INIT_CWD: join(home, 'notes'),
      CONFNOTES_CONTENT_DIR: 'content',
      CONFNOTES_OUT_DIR: '../public',
    });
    expect(env.contentDir).toBe(join(home, 'notes', 'content'));
    expect(env.outDir).toBe(join(home, 'public'));
    expect(env.astroCacheDir).toBe(join(home, '.astro-cache-public'));
    rmSync(home, { recursive: true, force: true });
  });

  it('takes relative paths from where the build started, after it moved to a directory of its own', async () => {
    const started = process.cwd();
    const first = await envWith({ CONFNOTES_CONTENT_DIR: '../../content' });
    const own = mkdtempSync(join(tmpdir(), 'confnotes-env-'));
    process.chdir(own);
    try {
      const again = await envWith({ CONFNOTES_CONTENT_DIR: '../../content' });
      expect(again.contentDir).toBe(first.contentDir);
      expect(again.contentDir).toBe(resolve(started, '../../content'));
    } finally {
      process.chdir(started);
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("reads the API's CONTENT_DIR too, which npm start documents for the site and the API", async () => {
    const srv = mkdtempSync(join(tmpdir(), 'confnotes-env-'));
    for (const dir of ['recaps', 'a', 'b']) mkdirSync(join(srv, dir));
    const env = await envWith({ INIT_CWD: srv, CONTENT_DIR: 'recaps' });
    expect(env.contentDir).toBe(join(srv, 'recaps'));
    const both = await envWith({ INIT_CWD: srv, CONTENT_DIR: 'a', CONFNOTES_CONTENT_DIR: 'b' });
    expect(both.contentDir).toBe(join(srv, 'b'));
    rmSync(srv, { recursive: true, force: true });
  });

  it('stops with the variable and what to set when it names no folder', async () => {
    const srv = mkdtempSync(join(tmpdir(), 'confnotes-env-'));
    await expect(envWith({ INIT_CWD: srv, CONFNOTES_CONTENT_DIR: 'notes' })).rejects.toThrow(
      `CONFNOTES_CONTENT_DIR is "notes", which names ${join(srv, 'notes')}, where there is no folder.`,
    );
    rmSync(srv, { recursive: true, force: true });
  });

  it("builds the repository's content into dist/ when nothing is set", async () => {
    const env = await envWith({});
    expect(env.contentDir).toMatch(/\/content$/);
    expect(env.outDir).toBeUndefined();
  });
});
