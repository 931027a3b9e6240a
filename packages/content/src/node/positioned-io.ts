import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Writes all of `bytes` at `position` of `fd`: one `writeSync` may write less than it is given.
 * @example writeAllAt(fd, Buffer.from('head'), 0) // 4
 */
export function writeAllAt(fd: number, bytes: Uint8Array, position: number): number {
  let done = 0;
  while (done < bytes.length)
    done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  return done;
}

/**
 * Reads `length` bytes at `position` of `fd` into `into` at `offset`, or fewer when the file
 * ends first: how many were read.
 * @example readAllAt(fd, buffer, 0, buffer.length, 128) === buffer.length
 */
export function readAllAt(
  fd: number,
  into: Uint8Array,
  offset: number,
  length: number,
  position: number,
): number {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, offset + done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** A descriptor of `file` opened for reading, or undefined when it cannot be opened. */
export function openToRead(file: string): number | undefined {
  try {
    return openSync(file, 'r');
  } catch {
    return undefined;
  }
}

/**
 * What `read` makes of `file` opened for reading, closed after; undefined when the file cannot be
 * opened or `read` throws: a cache file that is missing or damaged is only a miss.
 * @example readOpen('cache/head', (fd) => readAllAt(fd, Buffer.alloc(8), 0, 8, 0))
 */
export function readOpen<T>(file: string, read: (fd: number) => T | undefined): T | undefined {
  const fd = openToRead(file);
  if (fd === undefined) return undefined;
  try {
    return read(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
