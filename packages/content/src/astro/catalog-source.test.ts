import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/index.ts';
import { type CatalogResult, createCatalogSource } from './catalog-source.ts';

/** A load that reads the directory's state when it begins and takes `ms` to finish. */
function slowLoad(state: { version: number }, ms: number) {
  const begun: number[] = [];
  const load = async (): Promise<CatalogResult> => {
    const version = state.version;
    begun.push(version);
    await new Promise((r) => setTimeout(r, ms));
    return { catalog: { version } as unknown as Catalog, diagnostics: [] };
  };
  return { load, begun };
}
const versionOf = (r: CatalogResult) => (r.catalog as unknown as { version: number }).version;

describe('createCatalogSource', () => {
  it('loads once for reloads asked together, as the four watchers of one change ask', async () => {
    const state = { version: 1 };
    const { load, begun } = slowLoad(state, 20);
    const source = createCatalogSource('/content', load);
    await source.current();
    state.version = 2;
    const all = await Promise.all([source.reload(), source.reload(), source.reload()]);
    expect(all.map(versionOf)).toEqual([2, 2, 2]);
    expect(begun).toEqual([1, 2]);
    expect(versionOf(await source.current())).toBe(2);
  });

  it('reads again a change saved while a reload is reading, however soon after it', async () => {
    const state = { version: 1 };
    const { load, begun } = slowLoad(state, 300);
    const source = createCatalogSource('/content', load);
    await source.current();
    state.version = 2;
    const first = source.reload();
    // The reload has begun reading version 2 when version 3 is saved.
    await new Promise((r) => setTimeout(r, 150));
    expect(begun).toEqual([1, 2]);
    state.version = 3;
    const second = source.reload();
    expect(versionOf(await first)).toBe(2);
    expect(versionOf(await second)).toBe(3);
    expect(versionOf(await source.current())).toBe(3);
  });
});
