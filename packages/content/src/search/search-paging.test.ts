import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';

const index = createSearchIndex(catalog);
const ids = (options: { limit?: number; offset?: number }) =>
  index.search('docker', options).hits.map((hit) => hit.id);
const all = ids({ limit: 1000 });

describe('paging numbers that are not whole', () => {
  it('has hits enough to page through', () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it('rounds a fractional limit or offset down instead of reading past the hits', () => {
    expect(ids({ limit: 2.5 })).toEqual(all.slice(0, 2));
    expect(ids({ offset: 1.5, limit: 2 })).toEqual(all.slice(1, 3));
    expect(ids({ offset: 0.9, limit: 0.9 })).toEqual([]);
    const bytes = loadSearchIndex(index.toBytes());
    expect(bytes.search('docker', { offset: 1.2, limit: 1.7 }).hits.map((h) => h.id)).toEqual(
      all.slice(1, 2),
    );
  });

  it('reads NaN, as Number() of a missing parameter gives, as no limit or offset given', () => {
    expect(ids({ limit: Number.NaN })).toEqual(all.slice(0, 20));
    expect(ids({ offset: Number.NaN, limit: 2 })).toEqual(all.slice(0, 2));
  });

  it('keeps the total whatever the page', () => {
    expect(index.search('docker', { offset: 1.5, limit: 0.5 }).total).toBe(all.length);
  });
});

describe('a storedTextLength that is not a whole count', () => {
  const textOf = (storedTextLength: number) =>
    createSearchIndex(catalog, { storedTextLength })
      .toJSON()
      .documents.map((d) => d.text);
  const whole = createSearchIndex(catalog)
    .toJSON()
    .documents.map((d) => d.text);

  it('keeps no text when negative, instead of all but the last character', () => {
    expect(textOf(-1).every((text) => text === '')).toBe(true);
  });

  it('keeps all the text for NaN, as when none is given, and rounds a fraction down', () => {
    expect(textOf(Number.NaN)).toEqual(whole);
    expect(textOf(10.9)).toEqual(whole.map((text) => text.slice(0, 10)));
  });
});
