import { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';
import { appWithIndexBeingStored } from '../../test/index-being-stored.ts';

const { get } = await harness();

describe('GET /api/events', () => {
  it('lists events latest first (by start, else year), and filters by year and text', async () => {
    const { body } = await get('/api/events');
    expect(body.data.map((e: { id: string }) => e.id)).toEqual([
      'kubecon-2016',
      'dockercon-eu-2015',
    ]);
    expect((await get('/api/events?year=2016')).body.data.map((e: { id: string }) => e.id)).toEqual(
      ['kubecon-2016'],
    );
    expect(
      (await get('/api/events?q=barcelona')).body.data.map((e: { id: string }) => e.id),
    ).toEqual(['dockercon-eu-2015']);
    expect((await get('/api/events?sort=name')).body.data[0].id).toBe('dockercon-eu-2015');
  });

  it('finds words by text whatever their accents, as the search index does', async () => {
    const zurich = await harness(
      Catalog.parse({
        version: 1,
        events: [
          {
            id: 'devopsdays-zurich-2017',
            name: 'DevOpsDays',
            location: 'Zürich',
            origin: 'curated',
          },
          { id: 'montreal-2018', name: 'Conférence Montreal', origin: 'curated' },
        ],
        posts: [],
        talks: [],
        speakers: [],
        diagnostics: [],
      }),
    );
    const found = async (q: string) =>
      (await zurich.get(`/api/events?q=${encodeURIComponent(q)}`)).body.data.map(
        (e: { id: string }) => e.id,
      );
    expect(await found('zurich')).toEqual(['devopsdays-zurich-2017']);
    expect(await found('ZÜRICH devops')).toEqual(['devopsdays-zurich-2017']);
    expect(await found('conference montréal')).toEqual(['montreal-2018']);
  });
});

describe('GET /api/events/{id}', () => {
  it('embeds the talks, speakers and posts of an event', async () => {
    const { body } = await get('/api/events/dockercon-eu-2015?include=talks,speakers,posts');
    expect(body.data.name).toBe('DockerCon EU 2015');
    expect(body.included.talks).toHaveLength(3);
    expect(body.included.speakers.map((s: { id: string }) => s.id)).toEqual([
      'john-fiedler',
      'michael-neale',
    ]);
    expect(body.included.posts.length).toBeGreaterThan(0);
  });

  it('answers 404 naming the event', async () => {
    const { status, body } = await get('/api/events/dockercon-2099');
    expect(status).toBe(404);
    expect(body.error.message).toBe(
      'No event has the id "dockercon-2099". Look it up at /api/events.',
    );
  });
});

describe('GET /api/events?q=', () => {
  it('is answered without waiting for a search index being stored, which it does not use', async () => {
    const { app, waits } = appWithIndexBeingStored();
    const events = await app.request('/api/events?q=barcelona');
    expect(events.status).toBe(200);
    expect(waits()).toBe(0);
    // Nor is a q where no route takes one: a 400 at once.
    expect((await app.request('/api/talks/stateful?q=docker')).status).toBe(400);
    expect(waits()).toBe(0);
    // A text filter that goes through the index still waits for it.
    expect((await app.request('/api/talks?q=docker')).status).toBe(200);
    expect(waits()).toBe(1);
  });
});
