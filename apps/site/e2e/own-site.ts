import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, openBrowser } from './browser.ts';
import { type BuildOptions, buildSite } from './build-site.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** A built site of a test file's own, its server and a browser, ready in the file's tests. */
export interface OwnSite {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** What the build printed: its warnings. */
  readonly log: string;
}

/**
 * Builds a site from content a test file writes (`write` is given the content directory, with
 * `posts/` made), serves it on 127.0.0.1 and opens a browser before the file's tests; closes
 * and removes everything after them. For sites the shared fixture cannot stand for. With
 * `siteUrl`, the site is built for that address and served under its path.
 * @example const site = ownSite('empty', (content) => writeFileSync(join(content, 'posts', 'a.md'), '…'));
 */
export function ownSite(
  name: string,
  write: (content: string) => void,
  options: Pick<BuildOptions, 'siteUrl' | 'drafts' | 'log'> = {},
): OwnSite {
  const work = mkdtempSync(join(tmpdir(), `confnotes-site-${name}-`));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let log = '';
  beforeAll(async () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'posts'), { recursive: true });
    write(content);
    log = buildSite(content, join(work, 'dist'), options);
    const base = options.siteUrl ? new URL(options.siteUrl).pathname : '/';
    server = await serveStatic(join(work, 'dist'), base);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get log() {
      return log;
    },
  };
}
