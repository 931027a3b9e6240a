import { describe, expectTypeOf, it } from 'vitest';
import type { LoadCatalogOptions, loadCatalog } from './index.ts';

describe('the main entry', () => {
  it('names the options of loadCatalog, for code that passes them along', () => {
    const options: LoadCatalogOptions = { workers: 1, cacheDir: false, drafts: false };
    expectTypeOf(options).toEqualTypeOf<NonNullable<Parameters<typeof loadCatalog>[1]>>();
  });
});
