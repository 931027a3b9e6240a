import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from '../../test/harden/start-seeds.ts';
import { DEFAULT_LIMITS } from './limits.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

describe('the server limits', () => {
  it('refuse a URL too long with a 414 a page on another site can read', async () => {
    const query = `q=${'a'.repeat(DEFAULT_LIMITS.maxUrlLength + 100)}`;
    const res = await fetch(`${server.origin}/api/posts?${query}`, {
      headers: { Origin: 'https://reader.example' },
    });
    expect(res.status).toBe(414);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // As every other answer of the API: never sniffed as a page, loading nothing.
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('url_too_long');
    // What to do about it, not only what was wrong.
    expect(error.message).toMatch(/; shorten the query \(q, fields\) or the path\.$/);
  });

  it('refuse a head too large with a 431 in JSON that a page on another site can read', async () => {
    const res = await fetch(`${server.origin}/api/posts`, {
      headers: {
        Origin: 'https://reader.example',
        'X-Big': 'a'.repeat(DEFAULT_LIMITS.maxHeaderBytes),
      },
    });
    expect(res.status).toBe(431);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('headers_too_large');
    expect(error.message).toMatch(/; send fewer or shorter headers/);
  });

  it('answer broken HTTP with a 400 in JSON', async () => {
    const { connect } = await import('node:net');
    const url = new URL(server.origin);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write('GET /api HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Access-Control-Allow-Origin: *');
    expect(answer).toContain('X-Content-Type-Options: nosniff\r\n');
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!).error.code).toBe('bad_request');
  });
});
