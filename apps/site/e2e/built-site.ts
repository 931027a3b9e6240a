import { afterAll, beforeAll, inject } from 'vitest';
import { type Browser, openBrowser } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** The site the e2e setup built, served on 127.0.0.1, and a browser to read it with. */
export interface BuiltSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves the built site and opens a browser before a file's tests, and closes both after them.
 * Call it at the top of a test file; read `server` and `browser` inside the tests.
 */
export function useBuiltSite(): BuiltSite {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(inject('distDir'));
    site.browser = await openBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
