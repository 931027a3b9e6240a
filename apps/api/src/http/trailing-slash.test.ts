import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';

const { app, get } = await harness();
const talk = (await get('/api/talks?limit=1')).body.data[0].id as string;

describe('a path that ends with a slash', () => {
  it('is sent on to the route without it, keeping the query', async () => {
    for (const [asked, route] of [
      ['/api/', '/api'],
      ['/api/posts/?limit=1', '/api/posts?limit=1'],
      [`/api/talks/${talk}/`, `/api/talks/${talk}`],
    ]) {
      const res = await app.request(`http://localhost${asked}`);
      expect({ asked, status: res.status }).toEqual({ asked, status: 301 });
      expect(res.headers.get('location')).toBe(new URL(`http://localhost${route}`).href);
      expect((await app.request(res.headers.get('location')!)).status).toBe(200);
    }
  });

  it('is still refused for methods other than GET and HEAD', async () => {
    const res = await app.request('http://localhost/api/posts/', { method: 'POST' });
    expect(res.status).not.toBe(301);
  });
});
