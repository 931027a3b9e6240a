import * as portable from '@confnotes/content/portable';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { createApp } from '../app.ts';

// The relations of a large catalog take a while to make: lists and details that need none are
// answered without them after a start.
vi.mock('@confnotes/content/portable', async (original) => {
  const actual = await original<typeof portable>();
  return { ...actual, indexCatalog: vi.fn(actual.indexCatalog) };
});

describe('the relations between records', () => {
  it('are not made for a list that embeds nothing, and are for one that does', async () => {
    const app = createApp(fixtureCatalog(), { responseStore: false });
    for (const path of ['/api/talks', '/api/posts', '/api/talks?fields=id&limit=5']) {
      expect((await app.request(path)).status).toBe(200);
    }
    expect(portable.indexCatalog).not.toHaveBeenCalled();
    expect((await app.request('/api/talks?include=speakers')).status).toBe(200);
    expect(portable.indexCatalog).toHaveBeenCalledTimes(1);
  });
});
