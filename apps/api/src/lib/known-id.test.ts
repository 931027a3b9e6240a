import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';

const { get, catalog } = await harness();

describe('a filter by an id no record has', () => {
  it('is a 400 that names the parameter and where the ids are, on every list', async () => {
    for (const list of ['posts', 'talks', 'speakers']) {
      const { res, body } = await get(`/api/${list}?event=no-such-event`);
      expect(res.status, list).toBe(400);
      expect(body.error).toMatchObject({
        code: 'invalid_parameter',
        message: 'No event has the id "no-such-event": the ids are listed at /api/events.',
        details: { parameter: 'event' },
      });
    }
    for (const list of ['posts', 'talks']) {
      const { res, body } = await get(`/api/${list}?speaker=jon-fiedler`);
      expect(res.status, list).toBe(400);
      expect(body.error.details).toEqual({ parameter: 'speaker' });
    }
  });

  it('is not refused when the record exists, even when nothing else matches', async () => {
    const speaker = catalog.speakers[0]!.id;
    const { res, body } = await get(`/api/posts?speaker=${encodeURIComponent(speaker)}&q=zzzzqqq`);
    expect(res.status).toBe(200);
    expect(body.data).toEqual([]);
    // A tag is free text, not an id: an unknown one matches nothing.
    expect((await get('/api/posts?tag=no-such-tag')).res.status).toBe(200);
  });
});
