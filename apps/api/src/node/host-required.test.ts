import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from '../../test/harden/start-seeds.ts';
import { sendRaw } from '../../test/raw-request.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

const head = (answer: string) => answer.split('\r\n\r\n')[0]!;

describe('an HTTP/1.1 request without Host', () => {
  // /api/posts is answered from the store, /api/posts?limit=1 by the app: both are refused.
  it.each(['/api/posts', '/api/posts?limit=1', '/healthz'])(
    '%s is a 400 with a JSON error a page can read, as every other refusal',
    async (target) => {
      const answer = await sendRaw(server.origin, `GET ${target} HTTP/1.1\r\n\r\n`);
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(head(answer)).toMatch(/^Access-Control-Allow-Origin: \*$/im);
      expect(head(answer)).toMatch(/^X-Content-Type-Options: nosniff$/im);
      expect(head(answer)).toMatch(/^Content-Type: application\/json/im);
      const { error } = JSON.parse(answer.split('\r\n\r\n')[1]!);
      expect(error).toEqual({ code: 'missing_host', message: expect.stringMatching(/Host/) });
    },
  );

  it('is answered when it is HTTP/1.0, which has no Host to send', async () => {
    const answer = await sendRaw(server.origin, 'GET /api/posts?limit=1 HTTP/1.0\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  });

  // RFC 9112 3.2: an empty Host is what a client sends when the URI has no authority.
  it.each(['127.0.0.1', ''])('is answered with a Host, even an empty one ("%s")', async (host) => {
    const answer = await sendRaw(
      server.origin,
      `GET /api/posts?limit=1 HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  });
});
