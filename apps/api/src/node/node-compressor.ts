import { promisify } from 'node:util';
import {
  type BrotliOptions,
  brotliCompress,
  brotliCompressSync,
  constants,
  gzip,
  gzipSync,
  type ZlibOptions,
} from 'node:zlib';
import type { Compressor } from '../http/compression.ts';

/**
 * From this size a body is compressed on libuv's thread pool, not on the event loop. A body past
 * the store's entry limit (the catalog export of a few hundred posts or more) is compressed again
 * on every request for it: on the event loop, about a second for 2,000 posts in which no other
 * request would be answered. Smaller ones are kept once compressed, and cost less than a trip to
 * the pool.
 */
export const POOLED_FROM_BYTES = 256 * 1024;

const brotliAsync = promisify<Uint8Array, BrotliOptions, Buffer>(brotliCompress);
const gzipAsync = promisify<Uint8Array, ZlibOptions, Buffer>(gzip);

/**
 * Node's zlib, with Brotli. Most bodies are compressed once per catalog and kept, so a middle
 * quality (5) is the right trade: near the best ratio at a fraction of quality 11's time on the
 * multi-megabyte catalog export.
 */
export const nodeCompressor: Compressor = (body, encoding) => {
  const pooled = body.byteLength >= POOLED_FROM_BYTES;
  if (encoding === 'br') {
    const options: BrotliOptions = {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    };
    return pooled ? brotliAsync(body, options) : brotliCompressSync(body, options);
  }
  const options: ZlibOptions = { level: 6 };
  return pooled ? gzipAsync(body, options) : gzipSync(body, options);
};
