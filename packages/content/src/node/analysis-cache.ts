import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

// An entry is one header line, then the JSON payload:
//   confnotes-analysis <crc32 of the payload, hex> <payload length in bytes>\n{...}
// The checksum and length catch a truncated or corrupted file, which is then rebuilt.
const MAGIC = 'confnotes-analysis';

/** The key of an article's cached analysis: its path, its bytes and the analysis version. */
export function analysisKey(path: string, source: string | Uint8Array, version: string): string {
  return createHash('sha256').update(`${version}\u0000${path}\u0000`).update(source).digest('hex');
}

/** Frames a payload with its checksum. */
export function encodeEntry(payload: string): Buffer {
  const body = Buffer.from(payload);
  const head = `${MAGIC} ${crc32(body).toString(16)} ${body.length}\n`;
  return Buffer.concat([Buffer.from(head), body]);
}

/** The payload of an entry, or undefined when the entry is truncated, corrupted or foreign. */
export function decodeEntry(bytes: Buffer): string | undefined {
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  const [magic, sum, length] = bytes.subarray(0, end).toString('latin1').split(' ');
  const body = bytes.subarray(end + 1);
  if (magic !== MAGIC || Number(length) !== body.length) return undefined;
  if (crc32(body).toString(16) !== sum) return undefined;
  return body.toString('utf8');
}

/**
 * Per-article analyses on disk, one file per key under `dir`. Reads never trust a damaged
 * entry; writes go to a temporary name first, so a crash leaves either the old entry, the new
 * one, or a stray temporary file that is never read.
 */
export class AnalysisCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  #file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached payload for `key`, or undefined when there is none or it is damaged. */
  read(key: string): string | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#file(key));
    } catch {
      return undefined;
    }
    return decodeEntry(bytes);
  }

  /** Stores a payload; a failure to write only means a miss next time. */
  write(key: string, payload: string): void {
    const file = this.#file(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(temporary, encodeEntry(payload));
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}
