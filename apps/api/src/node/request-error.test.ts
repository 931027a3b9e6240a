import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from '../../test/harden/start-seeds.ts';
import { sendRaw as rawRequest } from '../../test/raw-request.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

const sendRaw = (request: string) => rawRequest(server.origin, request);

describe('a request no URL can be made of', () => {
  it('is a JSON 400 with CORS, as the API refuses other requests, not a bare status line', async () => {
    for (const request of [
      'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /api\\posts HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /api/posts HTTP/1.1\r\nHost: a b\r\n\r\n',
    ]) {
      const answer = await sendRaw(request);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect({ request, line: head.split('\r\n')[0] }).toEqual({
        request,
        line: 'HTTP/1.1 400 Bad Request',
      });
      expect(head.toLowerCase()).toContain('access-control-allow-origin: *');
      expect(JSON.parse(body).error.code).toBe('bad_request');
    }
  });
});
