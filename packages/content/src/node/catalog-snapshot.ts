import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { decodePooledFrom, encodePooledTo } from './pooled-codec.ts';
import { readAllAt, readOpen, writeAllAt } from './positioned-io.ts';

// The last catalog built from a content directory, tagged with a key of everything it was
// built from (each article's cache key, the curated records' bytes, the code's version). A
// build whose inputs have the same key returns it instead of building: the catalog is a pure
// function of those inputs. One line `CNSN1 <key> <crc32 of the body>` padded to a fixed
// size, then the body in the pooled encoding, which reads back as one slice per long string.
const MAGIC = 'CNSN1';
const HEAD = 128;

function readHead(fd: number): string {
  const head = Buffer.alloc(HEAD);
  const n = readSync(fd, head, 0, HEAD, 0);
  return head.toString('latin1', 0, n);
}

/**
 * The value stored under `key` in `file`, or undefined when the file is missing, holds another
 * key, or is damaged. Only the head is read when the key differs.
 */
export function readSnapshot(file: string, key: string): unknown {
  return readOpen(file, (fd) => {
    const [magic, storedKey, storedSum] = readHead(fd).trim().split(' ');
    if (magic !== MAGIC || storedKey !== key) return undefined;
    const size = fstatSync(fd).size - HEAD;
    if (size <= 0) return undefined;
    // Read a part at a time as the encoding asks for it, in order, with the checksum taken
    // along: the file is never in memory whole beside the catalog made from it.
    let sum = 0;
    let end = 0;
    const value = decodePooledFrom((at, length) => {
      if (at !== end || at + length > size) throw new Error('out of order or truncated');
      const bytes = Buffer.allocUnsafe(length);
      if (readAllAt(fd, bytes, 0, length, HEAD + at) < length) throw new Error('truncated');
      sum = crc32(bytes, sum);
      end = at + length;
      return bytes;
    });
    return end === size && sum === Number(storedSum) ? value : undefined;
  });
}

/**
 * The body of a snapshot file's bytes read whole, when they hold `key` and are intact: what
 * `decodePooled` reads back.
 */
export function snapshotBody(bytes: Buffer, key: string): Buffer | undefined {
  const [magic, storedKey, storedSum] = bytes.toString('latin1', 0, HEAD).trim().split(' ');
  if (magic !== MAGIC || storedKey !== key || bytes.length <= HEAD) return undefined;
  const body = bytes.subarray(HEAD);
  return crc32(body) === Number(storedSum) ? body : undefined;
}

/**
 * Stores `value` under `key`, replacing the file whole; failing to only costs a build.
 * Whether it was stored. The encodings of `more` follow the value's in the body, for a reader
 * that finds where each starts with `pooledLayout`.
 */
export function writeSnapshot(
  file: string,
  key: string,
  value: unknown,
  more: readonly unknown[] = [],
): boolean {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      // The body is written as it is encoded, and the head, which holds its checksum, last.
      let sum = 0;
      let at = HEAD;
      const write = (chunk: Uint8Array) => {
        sum = crc32(chunk, sum);
        at += writeAllAt(fd, chunk, at);
      };
      for (const v of [value, ...more]) encodePooledTo(v, write);
      writeAllAt(fd, Buffer.from(`${`${MAGIC} ${key} ${sum}`.padEnd(HEAD - 1)}\n`, 'latin1'), 0);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}
