import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { writeAllAt } from './positioned-io.ts';

// A small cache file: one line `<magic> <crc32 of the body>`, then the body. Written under a
// temporary name and renamed; read back only when whole and intact.

/** The body of a checked file, or undefined when it is missing, foreign or damaged. */
export function readChecked(file: string, magic: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  const [head, sum] = text.slice(0, end).split(' ');
  const body = text.slice(end + 1);
  return end > 0 && head === magic && Number(sum) === crc32(body) ? body : undefined;
}

/**
 * Writes a checked file; failing to only costs work next time, so it is not an error.
 * Whether it was written.
 */
export function writeChecked(file: string, magic: string, body: string): boolean {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // The body's bytes made once, checked and written as they are: the line and the body as
    // one string cost two more copies of the body, and a catalog's memo and trace are some
    // 8 MB each at 50,000 posts, written while the catalog's memory is at its peak.
    const bytes = Buffer.from(body, 'utf8');
    const fd = openSync(temporary, 'w');
    try {
      const head = Buffer.from(`${magic} ${crc32(bytes)}\n`, 'utf8');
      writeAllAt(fd, head, 0);
      writeAllAt(fd, bytes, head.length);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    return true;
  } catch {
    // Where it could not be written (its folder is a file, say), there may be nothing to remove.
    try {
      rmSync(temporary, { force: true });
    } catch {}
    return false;
  }
}
