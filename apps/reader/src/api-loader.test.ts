import type { AddressInfo } from 'node:net';
import { createApp } from '@confnotes/api';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLoader } from './api-loader.ts';
import { fixtureCatalog } from './test/catalog-fixture.ts';

const catalog = fixtureCatalog();
let url: string;
let server: ReturnType<typeof serve>;

beforeAll(async () => {
  const app = createApp(catalog, { onUnexpectedError: () => {} });
  server = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('apiLoader', () => {
  it('reads the catalog the API serves, through its typed client', async () => {
    const steps: string[] = [];
    const { catalog: read } = await apiLoader(`${url}/`)((m) => steps.push(m));
    expect(read.posts.map((p) => p.id)).toEqual(catalog.posts.map((p) => p.id));
    expect(read.talks).toEqual(catalog.talks);
    expect(read.diagnostics).toEqual(catalog.diagnostics);
    expect(steps[0]).toContain(url);
  });

  it('takes the address the server announces, which ends in /api', async () => {
    const { catalog: read } = await apiLoader(`${url}/api/`)(() => {});
    expect(read.posts.map((p) => p.id)).toEqual(catalog.posts.map((p) => p.id));
  });

  it('says what to do when the API is not running', async () => {
    const closed = await new Promise<string>((resolve) => {
      const probe = serve({ fetch: () => new Response(''), port: 0, hostname: '127.0.0.1' }, () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(`http://127.0.0.1:${port}`));
      });
    });
    await expect(apiLoader(closed)(() => {})).rejects.toThrow(
      /could not be reached \(connect ECONNREFUSED [^)]*\)\. Is it running/,
    );
  });

  it('gives the reason fetch keeps to itself, and no "is it running" where the address is wrong', async () => {
    // Port 1 is one fetch refuses to use at all.
    await expect(apiLoader('http://127.0.0.1:1')(() => {})).rejects.toThrow(
      'could not be reached (bad port). Check the address given to --api.',
    );
  });

  it('refuses an answer that is not a catalog, and an error status', async () => {
    const answers = [
      Response.json({ version: 2, posts: 'none' }),
      new Response('down', { status: 503 }),
    ];
    const other = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve(
        {
          fetch: () => answers.shift() ?? new Response('', { status: 500 }),
          port: 0,
          hostname: '127.0.0.1',
        },
        () => resolve(started),
      );
    });
    const base = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      await expect(apiLoader(base)(() => {})).rejects.toThrow(/not a catalog/);
      await expect(apiLoader(base)(() => {})).rejects.toThrow(/answered 503/);
    } finally {
      await new Promise<void>((done) => other.close(() => done()));
    }
  });
});
