import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';

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
    writeFileSync(temporary, `${magic} ${crc32(body)}\n${body}`);
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
