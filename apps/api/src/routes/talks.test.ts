import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';

const { get, catalog } = await harness();

describe('GET /api/talks', () => {
  it('lists talks by display title with totals and a page envelope', async () => {
    const { status, body } = await get('/api/talks');
    expect(status).toBe(200);
    expect(body.meta.total).toBe(catalog.talks.length);
    const names = body.data.map(
      (t: { title: string | null; label?: string }) => t.title ?? t.label,
    );
    expect(names.slice(1)).toEqual([
      'General session',
      'How to be successful running Docker in production',
      'Persistent, stateful services',
    ]);
  });

  it('filters by event, speaker, kind, slides and video', async () => {
    const ids = async (query: string) =>
      (await get(`/api/talks?${query}`)).body.data.map((t: { id: string }) => t.id).sort();
    expect(await ids('speaker=john-fiedler')).toEqual(['docker-in-production', 'stateful']);
    expect(await ids('event=kubecon-2016')).toEqual([HOSTILE.unicodeId]);
    expect(await ids('kind=workshop')).toEqual(['stateful']);
    expect(await ids('hasVideo=true')).toEqual(['docker-in-production']);
    expect(await ids('hasSlides=true&hasVideo=false')).toEqual(['stateful']);
    expect(await ids('q=persistent')).toEqual(['stateful']);
    // The year of the talk's event, as posts and events are filtered by year.
    expect(await ids('year=2016')).toEqual([HOSTILE.unicodeId]);
    expect(await ids('year=2015&kind=workshop')).toEqual(['stateful']);
    expect(await ids('year=2020')).toEqual([]);
  });

  it('sorts by a named key in either direction', async () => {
    const asc = (await get('/api/talks?sort=posts')).body.data.map((t: { id: string }) => t.id);
    const desc = (await get('/api/talks?sort=-posts')).body.data.map((t: { id: string }) => t.id);
    expect(desc[0]).toBe('stateful');
    expect(asc.at(-1)).toBe('stateful');
  });

  it('refuses an unknown sort, kind or boolean and lists what is allowed', async () => {
    const sort = await get('/api/talks?sort=popularity');
    expect(sort.status).toBe(400);
    expect(sort.body.error.details).toMatchObject({ parameter: 'sort' });
    expect(sort.body.error.details.allowed).toContain('-title');
    const kind = await get('/api/talks?kind=lecture');
    expect(kind.body.error.message).toMatch(/kind must be one of: keynote/);
    expect((await get('/api/talks?hasSlides=yes')).status).toBe(400);
  });
});

describe('GET /api/talks?include=', () => {
  it("embeds the page's speakers and events once each, so names need no request per talk", async () => {
    const { status, body } = await get(
      '/api/talks?speaker=john-fiedler&include=speakers,event&fields=id,speakers',
    );
    expect(status).toBe(200);
    expect(body.data.map((t: { id: string }) => t.id)).toEqual([
      'docker-in-production',
      'stateful',
    ]);
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(ids(body.included.speakers)).toEqual(['john-fiedler', 'michael-neale']);
    expect(body.included.speakers[1].name).toBe('Michael Neale');
    expect(ids(body.included.events)).toEqual(['dockercon-eu-2015']);
    expect((await get('/api/talks?include=event')).body.included).not.toHaveProperty('speakers');
    expect((await get('/api/talks')).body).not.toHaveProperty('included');
  });

  it('embeds no posts in a list, and says what it may embed', async () => {
    const { status, body } = await get('/api/talks?include=posts');
    expect(status).toBe(400);
    expect(body.error.details).toMatchObject({
      parameter: 'include',
      allowed: ['speakers', 'event'],
    });
  });
});

describe('GET /api/talks/{id}', () => {
  it('embeds speakers, posts and the event on request', async () => {
    const { body } = await get('/api/talks/stateful?include=speakers,posts,event');
    expect(body.data.title).toBe('Persistent, stateful services');
    expect(body.included.speakers.map((s: { id: string }) => s.id)).toEqual([
      'john-fiedler',
      'michael-neale',
    ]);
    expect(body.included.posts.map((p: { id: string }) => p.id)).toEqual(['post-2', 'post-4']);
    expect(body.included.posts[0]).not.toHaveProperty('html');
    expect(body.included.event.id).toBe('dockercon-eu-2015');
  });

  it('answers only the selected fields, and the id', async () => {
    const { body } = await get('/api/talks/stateful?fields=title,kind');
    expect(body.data).toEqual({
      id: 'stateful',
      title: 'Persistent, stateful services',
      kind: 'workshop',
    });
    const bad = await get('/api/talks/stateful?fields=title,secret');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/"secret" is not one of them/);
  });

  it('finds ids with any Unicode and names the id it could not find', async () => {
    const found = await get(`/api/talks/${encodeURIComponent(HOSTILE.unicodeId)}`);
    expect(found.status).toBe(200);
    expect(found.body.data.title).toBe(HOSTILE.script);
    const missing = await get('/api/talks/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'not_found',
      details: { resource: 'talk', id: 'nope' },
    });
  });
});
