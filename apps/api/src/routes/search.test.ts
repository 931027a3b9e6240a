import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';
import { appWithIndexBeingStored } from '../../test/index-being-stored.ts';

const { get } = await harness();

describe('GET /api/search', () => {
  it('returns typed, ranked hits with highlighted snippets', async () => {
    const { body } = await get('/api/search?q=docker&limit=5');
    expect(body.data.length).toBe(5);
    expect(body.meta.total).toBeGreaterThan(5);
    const scores = body.data.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    for (const hit of body.data) {
      for (const h of [...hit.snippet.highlights]) {
        expect(hit.snippet.text.slice(h.start, h.end).toLowerCase()).toMatch(/^docker/);
      }
    }
  });

  it('limits to the types asked for and pages like the lists', async () => {
    const talks = await get('/api/search?q=docker&type=talk');
    expect(new Set(talks.body.data.map((h: { type: string }) => h.type))).toEqual(
      new Set(['talk']),
    );
    const first = await get('/api/search?q=docker&limit=3');
    const second = await get(`/api/search?q=docker&limit=3&cursor=${first.body.meta.nextCursor}`);
    const all = await get('/api/search?q=docker&limit=6');
    expect([...first.body.data, ...second.body.data].map((h: { id: string }) => h.id)).toEqual(
      all.body.data.map((h: { id: string }) => h.id),
    );
  });

  it('names the words left out as too common, as typed, on every page', async () => {
    const { body } = await get('/api/search?q=The%20docker%20and%20the&limit=2');
    expect(body.ignored).toEqual(['The', 'and']);
    expect(body.meta.total).toBe((await get('/api/search?q=docker&limit=2')).body.meta.total);
    const next = await get(
      `/api/search?q=The%20docker%20and%20the&limit=2&cursor=${body.meta.nextCursor}`,
    );
    expect(next.body.ignored).toEqual(['The', 'and']);
    expect((await get('/api/search?q=docker')).body.ignored).toEqual([]);
  });

  it('says why a query of common words alone finds nothing', async () => {
    const { status, body } = await get('/api/search?q=the');
    expect(status).toBe(200);
    expect(body).toMatchObject({ data: [], ignored: ['the'], meta: { total: 0 } });
  });

  it('requires q and bounds its length', async () => {
    const missing = await get('/api/search');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.parameter).toBe('q');
    expect((await get(`/api/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await get('/api/search?q=docker&type=slides')).body.error.details.allowed).toEqual([
      'post',
      'talk',
      'speaker',
    ]);
  });

  it('finds nothing, without error, for punctuation and NULs', async () => {
    const { status, body } = await get('/api/search?q=%00%00%21');
    expect(status).toBe(200);
    expect(body.meta.total).toBe(0);
  });
});

describe('GET /api/search without words', () => {
  it('is a 400 at once, not after waiting for a search index being stored', async () => {
    const { app, waits } = appWithIndexBeingStored();
    for (const path of ['/api/search', '/api/search?q=', '/api/search?q=%20', '/api/posts?q=']) {
      expect({ path, status: (await app.request(path)).status }).toEqual({ path, status: 400 });
    }
    expect(waits()).toBe(0);
    expect((await app.request('/api/search?q=docker')).status).toBe(200);
    expect(waits()).toBe(1);
  });
});
