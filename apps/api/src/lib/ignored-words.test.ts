import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';

const { get } = await harness();

describe('a list filtered with q', () => {
  it('names the words of q left out as too common, as /api/search does', async () => {
    for (const list of ['posts', 'talks', 'speakers']) {
      const common = await get(`/api/${list}?q=the`);
      expect({ list, status: common.status, body: common.body }).toMatchObject({
        list,
        status: 200,
        body: { data: [], ignored: ['the'], meta: { total: 0 } },
      });
      const some = await get(`/api/${list}?q=docker%20and%20the`);
      expect({ list, ignored: some.body.ignored }).toEqual({ list, ignored: ['and', 'the'] });
      expect({ list, total: some.body.meta.total }).toEqual({
        list,
        total: (await get(`/api/${list}?q=docker`)).body.meta.total,
      });
    }
  });

  it('says nothing of ignored words without q', async () => {
    expect((await get('/api/talks')).body).not.toHaveProperty('ignored');
  });
});
