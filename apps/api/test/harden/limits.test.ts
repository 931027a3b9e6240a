import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ServerLimits } from '../../src/node/limits.ts';
import { rawExchange } from './raw-socket.ts';
import { type SeedServer, startSeedServer } from './start-seeds.ts';

// Short timeouts so the test is quick; the defaults are checked separately below.
const limits: ServerLimits = {
  ...DEFAULT_LIMITS,
  headersTimeoutMs: 600,
  requestTimeoutMs: 1_200,
  keepAliveTimeoutMs: 500,
};
let server: SeedServer;
beforeAll(async () => {
  server = await startSeedServer(limits);
});
afterAll(() => server?.close());

const head = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}`;

describe('the server cuts slow and oversized requests', () => {
  it('drops a client that sends its headers a byte at a time', async () => {
    const bytes = [...head('/api/talks', 'X-Slow: yes\r\n'.repeat(20))];
    const result = await rawExchange(server.origin, bytes, { gapMs: 50, deadlineMs: 8_000 });
    expect(result.closed).toBe(true);
    // Cut near the headers timeout (checked every 100 ms), long before the bytes ran out.
    expect(result.closedAfterMs).toBeLessThan(bytes.length * 50);
    expect([undefined, 408]).toContain(result.status);
  });

  it('drops a client whose body never ends', async () => {
    const start = 'POST /api/talks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
    const chunks = [start, ...Array.from({ length: 200 }, () => '1\r\na\r\n')];
    const result = await rawExchange(server.origin, chunks, { gapMs: 50, deadlineMs: 8_000 });
    expect(result.closed).toBe(true);
    expect(result.closedAfterMs).toBeLessThan(chunks.length * 50);
  });

  it('refuses a URL over the limit with 414 and a head over the limit with 431', async () => {
    const long = await fetch(`${server.origin}/api/talks/${'a'.repeat(limits.maxUrlLength + 100)}`);
    expect(long.status).toBe(414);
    expect(((await long.json()) as { error: { code: string } }).error.code).toBe('url_too_long');
    const big = await rawExchange(
      server.origin,
      [head('/api/talks', `X-Big: ${'b'.repeat(limits.maxHeaderBytes + 1)}\r\n\r\n`)],
      { deadlineMs: 5_000 },
    );
    expect(big.status).toBe(431);
  });

  it('refuses a declared body over the limit with 413 and closes the connection', async () => {
    const body = 'x'.repeat(limits.maxBodyBytes + 1);
    const res = await fetch(`${server.origin}/api/talks`, { method: 'POST', body });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    const small = await fetch(`${server.origin}/api/talks`, { method: 'POST', body: 'x' });
    expect(small.status).toBe(405);
  });

  it('keeps serving ordinary requests after all of that', async () => {
    const res = await fetch(`${server.origin}/api/talks?limit=2`);
    expect(res.status).toBe(200);
  });
});

describe('the default limits', () => {
  it('are finite and sized for an API that reads no bodies', () => {
    expect(DEFAULT_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(DEFAULT_LIMITS.requestTimeoutMs);
    expect(DEFAULT_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(DEFAULT_LIMITS.maxUrlLength).toBeLessThan(DEFAULT_LIMITS.maxHeaderBytes);
    expect(DEFAULT_LIMITS.maxBodyBytes).toBeLessThanOrEqual(1024 * 1024);
  });
});
