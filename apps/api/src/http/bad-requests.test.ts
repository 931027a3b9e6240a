import { describe, expect, it } from 'vitest';
import type { Json } from '../../test/harness.ts';
import { harness } from '../../test/harness.ts';

const { get, app } = await harness();

describe('bad requests', () => {
  it.each([
    ['/api/talks?limit=-1', 'limit', /whole number from 1 to 100/],
    ['/api/talks?limit=0', 'limit', /from 1 to 100/],
    ['/api/talks?limit=1e9', 'limit', /from 1 to 100/],
    [
      '/api/talks?limit=101',
      'limit',
      /^limit may be at most 100 \(default 20\); ask for more with page or cursor; got 101$/,
    ],
    ['/api/talks?limit=1000000000000000000000', 'limit', /from 1 to 100/],
    ['/api/talks?page=abc', 'page', /whole number/],
    ['/api/talks?page=0', 'page', /from 1/],
    ['/api/talks?cursor=bm9wZQ', 'cursor', /not one this API gave/],
    ['/api/talks?page=2&cursor=bzIw', 'cursor', /either page or cursor/],
    ['/api/talks?sort=random', 'sort', /sort must be one of/],
    ['/api/posts?year=20x5', 'year', /whole number/],
    ['/api/posts?tag=', 'tag', /must not be empty/],
    ['/api/posts?limt=5', 'limt', /Unknown query parameter "limt"; this route accepts: limit/],
    // The names other APIs give these parameters (pretalx, Ghost, Django REST framework).
    ['/api/talks?offset=20', 'offset', /"offset" \(here: page or cursor\); this route accepts/],
    ['/api/talks?expand=speakers', 'expand', /"expand" \(here: include\)/],
    ['/api/posts?order=title', 'order', /"order" \(here: sort\)/],
    ['/api/speakers?ordering=name', 'ordering', /"ordering" \(here: sort\)/],
    ['/api/posts?search=docker', 'search', /"search" \(here: q\)/],
    ['/api/tags?per_page=5', 'per_page', /"per_page" \(here: limit\)/],
    ['/api/posts/x?formats=text', 'formats', /"formats" \(here: format\)/],
    ['/api/events?expand=talks', 'expand', /Unknown query parameter "expand"; this route/],
    ['/api/talks/x?include=everything', 'include', /include may list: speakers, posts, event/],
    [
      '/api/talks?include=speakers,posts',
      'include',
      /"posts" is not one of them: a talk's posts are embedded by its detail, \/api\/talks\/\{id\}\?include=posts$/,
    ],
    [
      '/api/posts?include=talks',
      'include',
      /"talks" is not one of them: a post's talks are embedded by its detail, \/api\/posts\/\{id\}\?include=talks$/,
    ],
    ['/api/talks?limit=5&limit=6', 'limit', /given more than once/],
    ['/api/talks/%00', 'id', /control characters/],
    ['/api/talks/a%01b', 'id', /control characters/],
  ])('%s is a 400 naming %s', async (url, parameter, message) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.details.parameter).toBe(parameter);
    expect(body.error.message).toMatch(message);
  });

  it('answers 414 to a 10 KB query string', async () => {
    const { status, body } = await get(`/api/talks?q=${'x'.repeat(10_240)}`);
    expect(status).toBe(414);
    expect(body.error).toMatchObject({ code: 'query_too_long', details: { max: 2048 } });
  });

  it('answers 404 for unknown ids and traversal-looking ids, never a file', async () => {
    for (const url of [
      '/api/posts/nope',
      '/api/posts/..%2F..%2Fpackage.json',
      '/api/talks/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      `/api/speakers/${'x'.repeat(200)}`,
    ]) {
      const { status, body } = await get(url);
      expect(status, url).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
    expect((await get(`/api/speakers/${'x'.repeat(1001)}`)).status).toBe(400);
  });

  it('answers 404 with the way to the reference for unknown routes', async () => {
    const res = await app.request('/api/authors');
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error.message).toMatch(/\/api\/docs/);
  });

  it('answers 405 with Allow for other methods', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await app.request('/api/posts/post-1', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('answers 500 without internals when a route fails', async () => {
    const { createApp } = await import('../app.ts');
    const logged: unknown[] = [];
    const broken = createApp(
      {
        current: () => {
          throw new Error('secret /etc/path detail');
        },
      },
      { onUnexpectedError: (error) => logged.push(error) },
    );
    const res = await broken.request('/api/talks');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text).error.code).toBe('internal_error');
    expect(logged).toHaveLength(1);
  });
});
