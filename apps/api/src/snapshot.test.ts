import { createSearchIndex } from '@confnotes/content/portable';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from '../test/fixture-catalog.ts';
import { createSnapshot, SEARCH_WAIT_MS } from './snapshot.ts';

describe('createSnapshot', () => {
  it('tags a catalog by its JSON, hashed a record at a time as the text would be', () => {
    const catalog = fixtureCatalog({ posts: 6 });
    const json = JSON.stringify(catalog);
    const snapshot = createSnapshot(catalog);
    // The tag a catalog read as text gets: the same catalog, the same tag, wherever it runs.
    expect(snapshot.tag).toBe(createSnapshot(catalog, new Date(), { json }).tag);
    expect(snapshot.catalogJson).toBe(json);
    const retitled = structuredClone(catalog);
    retitled.posts[0]!.title = `${retitled.posts[0]!.title}!`;
    expect(createSnapshot(retitled).tag).not.toBe(snapshot.tag);
  });

  it('has a search wait for an index being stored, at most a while, and never for a failed one', async () => {
    const catalog = fixtureCatalog({ posts: 3 });
    const stored = createSearchIndex(catalog);
    let done!: () => void;
    const storing = new Promise<void>((resolve) => {
      done = resolve;
    });
    let ready = false;
    let asked = 0;
    const waiting = createSnapshot(catalog, new Date(), {
      search: () => (ready ? stored : undefined),
      ready: () => {
        asked++;
        return storing;
      },
    });
    const waited = waiting.searchReady().then(() => ready);
    ready = true;
    done();
    expect(await waited).toBe(true);
    expect(waiting.search).toBe(stored);
    // Once there is an index, nothing is waited for.
    await waiting.searchReady();
    expect(asked).toBe(1);

    const failed = createSnapshot(catalog, new Date(), {
      ready: () => Promise.reject(new Error('the process exited with 1')),
    });
    await failed.searchReady();
    expect(failed.search.size).toBe(stored.size);

    vi.useFakeTimers();
    try {
      const stuck = createSnapshot(catalog, new Date(), { ready: () => new Promise(() => {}) });
      const given = stuck.searchReady();
      await vi.advanceTimersByTimeAsync(SEARCH_WAIT_MS);
      await given;
      expect(stuck.search.size).toBe(stored.size);
    } finally {
      vi.useRealTimers();
    }
  });
});
