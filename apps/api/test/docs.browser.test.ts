// Opens the API reference in Debian's Chromium (driven by playwright-core; no browser is ever
// downloaded) and records every request the page makes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/ensure-chromium.ts';
import { fixtureCatalog } from './fixture-catalog.ts';
import { serveApp } from './serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp(fixtureCatalog({ posts: 5 }));
});
afterAll(() => server.close());

describe('GET /api/docs in a browser', () => {
  it('renders every operation and fetches nothing from another host', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'confnotes-api-docs-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const requested: string[] = [];
      const problems: string[] = [];
      context.on('request', (request) => requested.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}/api/docs`);
      await page.waitForSelector('.opblock', { timeout: 20_000 });
      const paths = await page.$$eval('.opblock-summary-path', (nodes) =>
        nodes.map((node) => node.getAttribute('data-path')),
      );
      expect(paths).toContain('/api/talks/{id}');
      expect(paths).toContain('/api/search');
      expect(requested.length).toBeGreaterThan(3);
      for (const url of requested) {
        expect(url.startsWith(`${server.url}/`) || url.startsWith('data:'), url).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
