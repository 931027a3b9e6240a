import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from '../../test/harden/start-seeds.ts';
import { sendRaw as rawRequest } from '../../test/raw-request.ts';

let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(() => server?.close());

const sendRaw = (request: string) => rawRequest(server.origin, request);

describe('a request Node refuses before parsing it', () => {
  it('with a method Node does not know is a 501 naming the methods, not broken HTTP', async () => {
    for (const method of ['FOO', 'get']) {
      const answer = await sendRaw(`${method} /api/posts HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect({ method, line: answer.split('\r\n')[0] }).toEqual({
        method,
        line: 'HTTP/1.1 501 Not Implemented',
      });
      expect(answer).toContain('Access-Control-Allow-Origin: *');
      const { error } = JSON.parse(answer.split('\r\n\r\n')[1]!);
      expect(error.code).toBe('method_not_implemented');
      expect(error.message).toMatch(/the API answers GET, HEAD and OPTIONS\.$/);
    }
  });

  it('with a letter beyond ASCII in its URL is a 400 that says to percent-encode it', async () => {
    for (const target of ['/api/search?q=café', '/api/posts/café']) {
      const answer = await sendRaw(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect({ target, line: answer.split('\r\n')[0] }).toEqual({
        target,
        line: 'HTTP/1.1 400 Bad Request',
      });
      const { error } = JSON.parse(answer.split('\r\n\r\n')[1]!);
      expect(error.code).toBe('invalid_url');
      expect(error.message).toMatch(/percent-encoded/);
    }
  });
});
