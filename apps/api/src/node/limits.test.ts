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
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('url_too_long');
    // What to do about it, not only what was wrong.
    expect(error.message).toMatch(/; shorten the query \(q, fields\) or the path\.$/);
  });
});
