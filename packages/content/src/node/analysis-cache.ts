import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { openToRead, readAllAt, writeAllAt } from './positioned-io.ts';

// Analyses are stored in pack files: many entries, then an index of them, then the index's
// place. A pack is written whole under a temporary name and renamed, so a crash leaves no
// half pack under a real name; a stray temporary file is never read. Each entry carries a
// checksum, checked when it is used: a damaged entry is a miss and gets rebuilt.
//
//   <payload>...<payload><index JSON>CNPK1 <index offset> <index length> <index crc32>\n
// The index is [key, offset, length, crc32][]. Reading it takes one read at the end of the
// file; reading an entry one read at its offset. Keeping thousands of analyses in a handful of
// files is what lets a rebuild with nothing changed finish in well under a second.
const TRAILER = 'CNPK1';
const TRAILER_SIZE = 64;
const PACK = /\.pack$/;

type IndexRow = [key: string, offset: number, length: number, crc: number];

interface Pack {
  readonly file: string;
  readonly fd: number;
  readonly size: number;
  readonly rows: IndexRow[];
}

/** The key of an article's cached analysis: its path, its bytes and the analysis version. */
export function analysisKey(path: string, source: string | Uint8Array, version: string): string {
  return keyHash(path, version).update(source).digest('hex');
}

const keyHash = (path: string, version: string) =>
  createHash('sha256').update(`${version}\u0000${path}\u0000`);

// One buffer for every file keyed: a buffer of its own for each, read only to be hashed, left
// some 60 MB of the process's allocator heap behind a cold build of 50,000 articles (freed,
// but not given back to the system), which stayed in its peak memory.
let keyChunk: Buffer | undefined;

/**
 * `analysisKey` of the file at `absolute`, read a chunk at a time through one reused buffer.
 * Throws what reading the file throws.
 * @example analysisKeyOfFile('posts/a.md', '/site/content/posts/a.md', ANALYSIS_VERSION)
 */
export function analysisKeyOfFile(path: string, absolute: string, version: string): string {
  const hash = keyHash(path, version);
  keyChunk ??= Buffer.allocUnsafeSlow(64 * 1024);
  const fd = openSync(absolute, 'r');
  try {
    for (;;) {
      const n = readSync(fd, keyChunk, 0, keyChunk.length, null);
      if (n === 0) break;
      hash.update(keyChunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Writes a pack of entries to `fd` as they come, so that a pack of the whole cache is never
 * in memory at once.
 */
export function writePack(fd: number, entries: Iterable<[key: string, payload: Buffer]>): void {
  const rows: IndexRow[] = [];
  let offset = 0;
  const put = (bytes: Buffer) => {
    offset += writeAllAt(fd, bytes, offset);
  };
  for (const [key, payload] of entries) {
    rows.push([key, offset, payload.length, crc32(payload)]);
    put(payload);
  }
  const index = Buffer.from(JSON.stringify(rows));
  const at = offset;
  put(index);
  put(Buffer.from(`${TRAILER} ${at} ${index.length} ${crc32(index)}\n`.padStart(TRAILER_SIZE)));
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  const done = readAllAt(fd, buffer, 0, length, offset);
  return done === length ? buffer : buffer.subarray(0, done);
}

/** Opens a pack and reads its index; undefined when it is truncated or damaged. */
function openPack(file: string): Pack | undefined {
  const fd = openToRead(file);
  if (fd === undefined) return undefined;
  try {
    const size = fstatSync(fd).size;
    if (size < TRAILER_SIZE) throw new Error('short');
    const [magic, at, length, sum] = readAt(fd, size - TRAILER_SIZE, TRAILER_SIZE)
      .toString('latin1')
      .trim()
      .split(' ');
    const offset = Number(at);
    if (magic !== TRAILER || offset + Number(length) !== size - TRAILER_SIZE)
      throw new Error('trailer');
    const index = readAt(fd, offset, Number(length));
    if (crc32(index) !== Number(sum)) throw new Error('index');
    return { file, fd, size, rows: JSON.parse(index.toString('utf8')) as IndexRow[] };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/**
 * Per-article analyses on disk, in packs under `dir`. `read` never trusts a damaged entry;
 * `write` collects entries and `flush` stores them as one new pack. Several processes may use
 * one cache: packs are only ever added whole, and replaced whole by `compact`.
 */
export class AnalysisCache {
  readonly dir: string;
  #packs: Pack[] | undefined;
  #index = new Map<string, [Pack, IndexRow][]>();
  /** Where each written payload sits in `#pendingBuffer`, until the next flush. */
  #pending = new Map<string, [offset: number, length: number]>();
  #pendingBytes = 0;
  // Written payloads are copied into one buffer, kept from pack to pack: a copy of each (some
  // 16 KB per article) made V8 collect its whole heap again and again during a cold build, for
  // the memory outside it they added up to.
  #pendingBuffer: Buffer | undefined;
  readonly #packBytes: number;

  /**
   * @param options.packBytes written bytes stored as a pack as soon as they reach it (default
   *   16 MB): held until the end of a build, they would be a third of its memory.
   */
  constructor(dir: string, options: { packBytes?: number } = {}) {
    this.dir = dir;
    this.#packBytes = options.packBytes ?? 16 << 20;
  }

  #load(): Pack[] {
    if (this.#packs) return this.#packs;
    let names: string[] = [];
    try {
      names = readdirSync(this.dir).filter((n) => PACK.test(n));
    } catch {}
    this.#packs = names.sort().flatMap((n) => openPack(join(this.dir, n)) ?? []);
    for (const pack of this.#packs)
      for (const row of pack.rows) {
        const found = this.#index.get(row[0]);
        if (found) found.push([pack, row]);
        else this.#index.set(row[0], [[pack, row]]);
      }
    return this.#packs;
  }

  #entry(key: string): Buffer | undefined {
    const pending = this.#pending.get(key);
    // A copy: the buffer is written over after the next flush.
    if (pending)
      return Buffer.from(this.#pendingBuffer!.subarray(pending[0], pending[0] + pending[1]));
    this.#load();
    const found = this.#index.get(key) ?? [];
    // Newest pack first: packs are named by time, and a later one may hold a fresher encoding.
    for (let i = found.length - 1; i >= 0; i--) {
      const [pack, [, offset, length, crc]] = found[i]!;
      if (offset + length > pack.size) continue;
      const payload = readAt(pack.fd, offset, length);
      if (payload.length === length && crc32(payload) === crc) return payload;
    }
    return undefined;
  }

  /** The cached payload for `key` as text, or undefined when there is none or it is damaged. */
  read(key: string): string | undefined {
    return this.#entry(key)?.toString('utf8');
  }

  /** The cached payload for `key`, or undefined when there is none or it is damaged. */
  readBytes(key: string): Buffer | undefined {
    return this.#entry(key);
  }

  /** Keeps a payload to be stored by the next `flush`, which it calls once enough is held. */
  write(key: string, payload: string | Uint8Array): void {
    const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    const at = this.#pendingBytes;
    let buffer = this.#pendingBuffer;
    if (!buffer || at + length > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.#packBytes + (1 << 16), 2 * (at + length)));
      buffer?.copy(grown, 0, 0, at);
      buffer = grown;
      this.#pendingBuffer = grown;
    }
    // A copy: the caller's bytes may be part of a larger buffer it reuses.
    if (typeof payload === 'string') buffer.write(payload, at, 'utf8');
    else buffer.set(payload, at);
    this.#pendingBytes += length;
    this.#pending.set(key, [at, length]);
    if (this.#pendingBytes >= this.#packBytes) this.flush();
  }

  /** How many packs the cache holds. */
  get packs(): number {
    return this.#load().length;
  }

  /** Bytes written since the last flush. */
  get pendingBytes(): number {
    return this.#pendingBytes;
  }

  /** Stores the written payloads as one pack; a failure only means misses next time. */
  flush(): void {
    if (!this.#pending.size) return;
    const buffer = this.#pendingBuffer!;
    const pending = this.#pending;
    this.#store(
      (function* (): Generator<[string, Buffer]> {
        for (const [key, [at, length]] of pending) yield [key, buffer.subarray(at, at + length)];
      })(),
    );
    this.#pending = new Map();
    this.#pendingBytes = 0;
  }

  #store(entries: Iterable<[string, Buffer]>): string | undefined {
    const name = `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}.pack`;
    const file = join(this.dir, name);
    const temporary = `${file}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      const fd = openSync(temporary, 'w');
      try {
        writePack(fd, entries);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, file);
      return file;
    } catch {
      // Where the cache cannot be written (its folder is a file, say), there is nothing to
      // remove either: the build goes on without it.
      try {
        rmSync(temporary, { force: true });
      } catch {}
      return undefined;
    }
  }

  /**
   * Rewrites the cache with only the entries of `live` keys when it holds many packs or more
   * stale bytes than live ones, so it does not grow without end. Entries written since the last
   * flush are flushed first.
   */
  compact(live: ReadonlySet<string>): void {
    this.flush();
    this.#packs = undefined;
    this.#index.clear();
    const packs = this.#load();
    const total = packs.reduce((n, p) => n + p.size, 0);
    let liveBytes = 0;
    for (const key of live) liveBytes += this.#index.get(key)?.[0]?.[1][2] ?? 0;
    if (packs.length <= 64 && total - liveBytes <= Math.max(liveBytes, 1 << 20)) return;
    // Entries are read one at a time as the new pack is written.
    const entry = (key: string) => this.#entry(key);
    const kept = function* (): Generator<[string, Buffer]> {
      for (const key of live) {
        const payload = entry(key);
        if (payload) yield [key, payload];
      }
    };
    const written = this.#store(kept());
    if (!written) return;
    for (const pack of packs) rmSync(pack.file, { force: true });
    this.close();
  }

  /** Closes the packs; the cache opens them again when next read. */
  close(): void {
    if (!this.#pending.size) this.#pendingBuffer = undefined;
    for (const pack of this.#packs ?? []) closeSync(pack.fd);
    this.#packs = undefined;
    this.#index.clear();
  }
}
