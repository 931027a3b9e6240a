import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';

const { get } = await harness();

describe('GET /api/speakers', () => {
  it('lists speakers by name and filters by event', async () => {
    const { body } = await get('/api/speakers');
    expect(body.data.map((s: { name: string }) => s.name)).toEqual([
      HOSTILE.script,
      'John Fiedler',
      'Michael Neale',
    ]);
    const event = await get('/api/speakers?event=dockercon-eu-2015');
    expect(event.body.data.map((s: { id: string }) => s.id)).toEqual([
      'john-fiedler',
      'michael-neale',
    ]);
  });

  it('sorts by number of talks, most first', async () => {
    const { body } = await get('/api/speakers?sort=-talks');
    expect(body.data[0].id).toBe('john-fiedler');
  });

  it('finds speakers by free text', async () => {
    const { body } = await get('/api/speakers?q=neale');
    expect(body.data.map((s: { id: string }) => s.id)).toEqual(['michael-neale']);
  });
});

describe('GET /api/speakers/{id}', () => {
  it("quotes the sentence each of the speaker's mentions stands in", async () => {
    const { body } = await get('/api/speakers/john-fiedler');
    expect(body.data.mentions).toEqual([
      expect.objectContaining({
        post: 'post-2',
        sentence: 'John Fiedler spoke about Docker in production.',
      }),
    ]);
  });

  it('embeds talks and the posts naming the speaker', async () => {
    const { body } = await get('/api/speakers/john-fiedler?include=talks,posts');
    expect(body.included.talks.map((t: { id: string }) => t.id)).toEqual([
      'docker-in-production',
      'stateful',
    ]);
    expect(body.included.posts.map((p: { id: string }) => p.id)).toEqual(['post-2', 'post-4']);
  });

  it('treats __proto__ as an ordinary id', async () => {
    const { status, body } = await get('/api/speakers/__proto__?fields=name');
    expect(status).toBe(200);
    expect(body.data).toEqual({ id: '__proto__', name: HOSTILE.script });
    expect((await get('/api/speakers/constructor')).status).toBe(404);
  });
});
