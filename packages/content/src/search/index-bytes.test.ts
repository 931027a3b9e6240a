import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';

const bytes = createSearchIndex(catalog).toBytes();

describe('an index read from bytes', () => {
  it('refuses bytes cut short, as a download or a write that stopped leaves them', () => {
    for (const length of [40, 200, bytes.byteLength - 64]) {
      expect(() => loadSearchIndex(bytes.slice(0, length))).toThrow(
        new RegExp(`cut short: ${length} bytes of the \\d+ it needs`),
      );
    }
  });

  it('reads nothing past the end of the view it is given', () => {
    // The whole index is in the buffer, but the view given stops before its texts end.
    const buffer = new Uint8Array(bytes.byteLength + 64);
    buffer.set(bytes);
    expect(() => loadSearchIndex(buffer.subarray(0, bytes.byteLength - 64))).toThrow(/cut short/);
    expect(loadSearchIndex(buffer.subarray(0, bytes.byteLength)).size).toBe(
      loadSearchIndex(bytes).size,
    );
  });
});
