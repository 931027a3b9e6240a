import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../node/load-catalog.ts';
import { catalogJson } from './catalog-json.ts';

const seeds = fileURLToPath(new URL('../../../../content', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'confnotes-catalog-json-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('catalogJson', () => {
  it('gives the text JSON.stringify gives, compact and indented, in chunks', async () => {
    // Posts whose long strings are read back from the spill file, as an export reads them.
    const { catalog } = await loadCatalog(seeds, { workers: 1, cacheDir });
    expect(Object.getOwnPropertyDescriptor(catalog.posts[0], 'html')?.get).toBeDefined();
    for (const indent of [0, 2, 4]) {
      const chunks = [...catalogJson(catalog, indent)];
      expect(chunks.join('')).toBe(JSON.stringify(catalog, null, indent));
    }
  });

  it('writes empty lists, missing values and nested objects as JSON.stringify does', () => {
    const odd = {
      version: 1,
      empty: [],
      gone: undefined,
      holes: [undefined, null, () => 1, { deep: [1, { x: 'a\nb' }] }],
      nested: { list: [1, 2], none: {} },
      last: 'é"\\',
    };
    for (const indent of [0, 2])
      expect([...catalogJson(odd, indent)].join('')).toBe(JSON.stringify(odd, null, indent));
    expect([...catalogJson({})].join('')).toBe('{}');
  });

  it('gives a large list in chunks of about a megabyte', () => {
    const big = { items: Array.from({ length: 30_000 }, (_, i) => ({ i, text: 'x'.repeat(100) })) };
    const chunks = [...catalogJson(big)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 << 20);
    expect(chunks.join('')).toBe(JSON.stringify(big));
  });
});
