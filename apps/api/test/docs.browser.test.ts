// Opens the API reference in Debian's Chromium (driven by playwright-core; no browser is ever
// downloaded) and records every request the page makes.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Chromium with a profile folder of its own (to remove after), as a reader would open it. */
async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'confnotes-api-docs-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return { context, profile };
}

describe('GET /api/docs in a browser', () => {
  it('renders every operation and fetches nothing from another host', async () => {
    const { context, profile } = await openBrowser();
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

  it('works under the path a proxy serves the API at, its requests included', async () => {
    // A proxy that serves the API under /notes, as a host sharing its name with a site would.
    const target = new URL(server.url);
    const proxy = createServer((incoming, outgoing) => {
      const path = incoming.url ?? '/';
      if (!path.startsWith('/notes/')) {
        outgoing.writeHead(404).end();
        return;
      }
      const forwarded = request(
        {
          hostname: target.hostname,
          port: target.port,
          path: path.slice('/notes'.length),
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/notes`;
    const { context, profile } = await openBrowser();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const answered: string[] = [];
      context.on('response', (response) => answered.push(`${response.status()} ${response.url()}`));
      await page.goto(`${base}/api/docs`);
      await page.waitForSelector('.opblock', { timeout: 20_000 });
      // Try it out on GET /api, as a reader of the reference would.
      const operation = page.locator('.opblock').filter({
        has: page.locator('.opblock-summary-path[data-path="/api"]'),
      });
      // The page turns Try it out on for every operation (tryItOutEnabled).
      await operation.locator('.opblock-summary').click();
      await operation.locator('.execute').click();
      await operation.locator('.responses-table .response').first().waitFor({ timeout: 20_000 });
      const tried = answered.filter((line) => line.endsWith(`${base}/api`));
      expect(tried).toEqual([`200 ${base}/api`]);
      for (const line of answered.filter((l) => !l.includes(' data:'))) {
        expect(line).toMatch(new RegExp(`^200 ${base}/api`));
      }
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 60_000);
});
