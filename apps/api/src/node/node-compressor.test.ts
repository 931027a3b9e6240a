import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeCompressor } from './node-compressor.ts';

// Some 16 MB of hex text: a catalog export of about a thousand posts, which is too large for
// the store of answers and so is compressed again on every request for it.
const large = new TextEncoder().encode(randomBytes(8 * 1024 * 1024).toString('hex'));

describe('nodeCompressor', () => {
  it.each(['br', 'gzip'] as const)(
    'compresses a large body (%s) while the server goes on answering others',
    async (encoding) => {
      const order: string[] = [];
      const compressed = Promise.resolve(nodeCompressor(large, encoding)).then((body) => {
        order.push('compressed');
        return body;
      });
      // Runs as soon as the event loop is free: after the compression when it holds the loop.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          order.push('event loop');
          resolve();
        }),
      );
      const body = await compressed;
      expect(order).toEqual(['event loop', 'compressed']);
      const restored = encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
      expect(Buffer.from(restored).equals(Buffer.from(large))).toBe(true);
    },
  );

  it('compresses a small body at once', () => {
    const small = new TextEncoder().encode('{"data":[]}'.repeat(100));
    const body = nodeCompressor(small, 'gzip');
    expect(body).toBeInstanceOf(Uint8Array);
    expect(gunzipSync(body as Uint8Array).toString()).toBe('{"data":[]}'.repeat(100));
  });
});
