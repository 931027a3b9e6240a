import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/fixture-catalog.ts';
import { createSnapshot } from './snapshot.ts';

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
});
