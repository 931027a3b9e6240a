import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { createApp } from '../app.ts';
import { createStoredServer, rawHeader } from './stored-listener.ts';

function send(port: number, path: string, headers: Record<string, string | string[]>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      for (const [name, value] of Object.entries(headers)) req.setHeader(name, value);
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the stored-answer listener', () => {
  it('reads raw headers as Node reads them into request.headers', async () => {
    const names = ['accept-encoding', 'if-none-match', 'if-modified-since', 'x-missing'];
    const seen: { raw: (string | undefined)[]; node: (string | undefined)[] }[] = [];
    const server = createServer((req, res) => {
      seen.push({
        raw: names.map((name) => rawHeader(req.rawHeaders, name)),
        node: names.map((name) => {
          const value = req.headers[name];
          return Array.isArray(value) ? value.join(', ') : value;
        }),
      });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await send(port, '/', {
        'Accept-Encoding': ['gzip', 'BR'],
        'If-None-Match': ['"a"', '"b"'],
        'If-Modified-Since': ['Mon, 01 Jan 2024 00:00:00 GMT', 'Tue, 02 Jan 2024 00:00:00 GMT'],
      });
      await send(port, '/', { 'ACCEPT-ENCODING': 'br' });
    } finally {
      server.close();
    }
    for (const { raw, node } of seen) expect(raw).toEqual(node);
  });

  it('answers stored requests, conditional ones and ones with a body as the app does', async () => {
    const app = createApp(fixtureCatalog());
    const server = serve({
      fetch: app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      createServer: createStoredServer(app),
    });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const first = await send(port, '/api/talks?limit=2', {});
      const again = await send(port, '/api/talks?limit=2', {});
      expect(again).toEqual({ ...first, headers: { ...first.headers, date: again.headers.date } });
      const etag = String(first.headers.etag);
      const unchanged = await send(port, '/api/talks?limit=2', { 'If-None-Match': ['"x"', etag] });
      expect(unchanged.status).toBe(304);
      // A declared body skips the store: the app itself answers, with the same bytes.
      const withBody = await send(port, '/api/talks?limit=2', { 'Content-Length': '0' });
      expect(withBody.status).toBe(200);
      expect(withBody.body).toBe(first.body);
    } finally {
      server.close();
    }
  });
});
