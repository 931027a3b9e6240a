import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from './env.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

describe('server environment', () => {
  it('defaults to port 4321 on 127.0.0.1 over the repository content', () => {
    const config = readConfig({ SITE_DIR: '' });
    expect(config).toMatchObject({ port: 4321, host: '127.0.0.1', siteDir: undefined });
    expect(config.contentDir).toMatch(/content$/);
  });

  it('reads PORT and resolves CONTENT_DIR from where npm was run', () => {
    const config = readConfig({
      PORT: '0',
      CONTENT_DIR: 'content',
      INIT_CWD: repo,
      SITE_DIR: '',
    });
    expect(config.port).toBe(0);
    expect(config.contentDir).toBe(`${repo}/content`);
  });

  it("takes the site's CONFNOTES_CONTENT_DIR too, as npm start builds the site from either", () => {
    const site = { INIT_CWD: repo, SITE_DIR: '' };
    expect(readConfig({ ...site, CONFNOTES_CONTENT_DIR: 'apps' }).contentDir).toBe(`${repo}/apps`);
    expect(
      readConfig({ ...site, CONTENT_DIR: 'apps', CONFNOTES_CONTENT_DIR: `${repo}/apps` })
        .contentDir,
    ).toBe(`${repo}/apps`);
  });

  it('refuses CONTENT_DIR and CONFNOTES_CONTENT_DIR naming different folders, since the site reads the second', () => {
    const both = {
      INIT_CWD: repo,
      SITE_DIR: '',
      CONTENT_DIR: 'content',
      CONFNOTES_CONTENT_DIR: 'apps',
    };
    expect(() => readConfig(both)).toThrow(
      `CONTENT_DIR (${repo}/content) and CONFNOTES_CONTENT_DIR (${repo}/apps) name different folders`,
    );
  });

  it('names the variable that gave a missing content directory', () => {
    expect(() => readConfig({ CONFNOTES_CONTENT_DIR: '/nonexistent/confnotes' })).toThrow(
      'CONFNOTES_CONTENT_DIR /nonexistent/confnotes does not exist',
    );
  });

  it('refuses a bad PORT or a missing directory with a message naming it', () => {
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT must be a number/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ CONTENT_DIR: '/nonexistent/confnotes' })).toThrow(/CONTENT_DIR/);
    expect(() => readConfig({ SITE_DIR: '/nonexistent/site' })).toThrow(/SITE_DIR/);
  });

  it('prepares a catalog file for a quicker start unless CATALOG_PREPARE=0', () => {
    expect(readConfig({ SITE_DIR: '' }).prepareCatalog).toBe(true);
    expect(readConfig({ SITE_DIR: '', CATALOG_PREPARE: '0' }).prepareCatalog).toBe(false);
    expect(() => readConfig({ CATALOG_PREPARE: 'yes' })).toThrow(/CATALOG_PREPARE must be 0 or 1/);
  });

  it('leaves drafts out unless CONFNOTES_DRAFTS=1', () => {
    expect(readConfig({ SITE_DIR: '' }).drafts).toBe(false);
    expect(readConfig({ SITE_DIR: '', CONFNOTES_DRAFTS: '1' }).drafts).toBe(true);
    expect(() => readConfig({ CONFNOTES_DRAFTS: 'yes' })).toThrow(
      /CONFNOTES_DRAFTS must be 0 or 1/,
    );
  });
});
