import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog, HOSTILE } from '../test/fixture-catalog.ts';
import { serveApp } from '../test/serve-app.ts';
import { createApiClient } from './client.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('createApiClient', () => {
  it('gets the record of the id given, whatever characters the id holds', async () => {
    const api = createApiClient(server.url);
    for (const id of [HOSTILE.slashId, HOSTILE.traversalId, HOSTILE.unicodeId, 'post-1']) {
      const res = await api.api.posts[':id'].$get({ param: { id }, query: {} });
      expect({ id, status: res.status }).toEqual({ id, status: 200 });
      if (res.status === 200) expect((await res.json()).data.id).toBe(id);
    }
  });

  it('sends an id with ? or # whole, as the id of no record, not as a query or a fragment', async () => {
    const api = createApiClient(server.url);
    for (const id of ['post-1?fields=id', 'post-1#x', '../catalog']) {
      const res = await api.api.posts[':id'].$get({ param: { id }, query: {} });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
      const body = (await res.json()) as unknown as { error: { details: { id: string } } };
      expect(body.error.details.id).toBe(id);
    }
    expect(api.api.posts[':id'].$url({ param: { id: 'a/b' }, query: {} }).pathname).toBe(
      '/api/posts/a%2Fb',
    );
  });

  it('types a refusal by its status, with the error body (checked by npm run typecheck)', async () => {
    const api = createApiClient(server.url);
    const res = await api.api.talks[':id'].$get({ param: { id: 'no-such-talk' }, query: {} });
    // Compiles only when the client's type has the 404: the app's own knows only the 200.
    if (res.status === 404) expect((await res.json()).error.code).toBe('not_found');
    else expect.fail(`answered ${res.status}`);
    const bad = await api.api.posts.$get({ query: { limit: '0' } });
    if (!bad.ok) expect((await bad.json()).error.details).toEqual({ parameter: 'limit' });
    else expect.fail('limit=0 was accepted');
  });

  it('needs no query where every parameter is optional (checked by npm run typecheck)', async () => {
    const api = createApiClient(server.url);
    const list = await api.api.posts.$get();
    if (!list.ok) expect.fail(`the list answered ${list.status}`);
    const id = (await list.json()).data[0]!.id;
    const detail = await api.api.posts[':id'].$get({ param: { id } });
    if (detail.ok) expect((await detail.json()).data.id).toBe(id);
    else expect.fail(`the detail answered ${detail.status}`);
  });

  it('takes numbers and booleans as well as text for query parameters (checked by npm run typecheck)', async () => {
    const api = createApiClient(server.url);
    const page = await api.api.posts.$get({ query: { limit: 3, page: 2 } });
    if (!page.ok) expect.fail(`answered ${page.status}`);
    expect((await page.json()).meta).toMatchObject({ limit: 3, page: 2 });
    expect(api.api.talks.$url({ query: { limit: 7 } }).search).toBe('?limit=7');
    const slides = await api.api.talks.$get({ query: { hasSlides: true, hasVideo: false } });
    if (!slides.ok) expect.fail(`answered ${slides.status}`);
    expect((await slides.json()).data.map((talk) => talk.id)).toEqual(['stateful']);
  });

  it("types a list's embedded records (checked by npm run typecheck)", async () => {
    const api = createApiClient(server.url);
    const res = await api.api.talks.$get({
      query: { speaker: 'john-fiedler', include: 'speakers' },
    });
    if (!res.ok) expect.fail(`answered ${res.status}`);
    const names = (await res.json()).included?.speakers?.map((speaker) => speaker.name);
    expect(names).toEqual(['John Fiedler', 'Michael Neale']);
  });

  it("types the words a search or a list's q left out as too common (checked by npm run typecheck)", async () => {
    const api = createApiClient(server.url);
    const res = await api.api.search.$get({ query: { q: 'the docker' } });
    if (!res.ok) expect.fail(`answered ${res.status}`);
    const ignored: string[] = (await res.json()).ignored;
    expect(ignored).toEqual(['the']);
    const talks = await api.api.talks.$get({ query: { q: 'the' } });
    if (!talks.ok) expect.fail(`answered ${talks.status}`);
    const left: string[] | undefined = (await talks.json()).ignored;
    expect(left).toEqual(['the']);
  });

  it('types the 304 of a conditional request (checked by npm run typecheck)', async () => {
    const api = createApiClient(server.url);
    const first = await api.api.talks[':id'].$get({ param: { id: 'stateful' } });
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await api.api.talks[':id'].$get(
      { param: { id: 'stateful' } },
      { headers: { 'If-None-Match': etag! } },
    );
    // Compiles only when the client's type has the 304: the app's own knows only the 200.
    if (again.status === 304) expect(await again.text()).toBe('');
    else expect.fail(`answered ${again.status}`);
  });

  it('refuses . and .., which no URL path can carry as an id', () => {
    const api = createApiClient(server.url);
    expect(() => api.api.talks[':id'].$url({ param: { id: '..' }, query: {} })).toThrow(RangeError);
  });

  it('refuses an empty id, which would fetch the list and type it as the record', () => {
    const api = createApiClient(server.url);
    expect(() => api.api.posts[':id'].$get({ param: { id: '' } })).toThrow(
      'id cannot be "" in a URL path',
    );
    expect(() => api.api.talks[':id'].$url({ param: { id: '' } })).toThrow(RangeError);
  });
});
