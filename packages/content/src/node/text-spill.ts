import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openToRead, readAllAt, writeAllAt } from './positioned-io.ts';

// Bodies, HTML and plain text are most of a catalog's memory, and each is read a few times
// at most (a page rendered, an index built). A spill keeps them in a file instead, and the
// catalog's records read them back when asked. The file is removed as soon as it is opened,
// so it never outlives the process, and its descriptor is closed once nothing can read it.
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {}
});

// Spill files the system would not remove while open, removed when the process ends.
const leftovers = new Set<string>();

/** A new name for a spill file in `dir`. */
export function newSpillFile(dir: string): string {
  return join(dir, `spill-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Removes a file this process holds open; where that cannot be done (Windows), at exit. */
function removeOpen(file: string): void {
  try {
    rmSync(file);
  } catch {
    if (!leftovers.size)
      process.once('exit', () => {
        for (const f of leftovers) rmSync(f, { force: true });
      });
    leftovers.add(file);
  }
}

/**
 * An append-only file of strings for the life of the objects that read from it.
 * @example const spill = TextSpill.open(dir); const t = spill.append(Buffer.from('…')); spill.read(t.at, t.bytes, false);
 */
export class TextSpill {
  readonly #fd: number;
  #size = 0;
  #closed = false;

  private constructor(fd: number) {
    this.#fd = fd;
    closer.register(this, fd, this);
  }

  /** A new spill in `dir`, or undefined when no file can be made there. */
  static open(dir: string): TextSpill | undefined {
    const file = newSpillFile(dir);
    let fd: number;
    try {
      mkdirSync(dir, { recursive: true });
      fd = openSync(file, 'w+');
    } catch {
      return undefined;
    }
    removeOpen(file);
    return new TextSpill(fd);
  }

  /**
   * The spill another thread of this process writes at `file`, read from here: it is removed
   * as soon as it is opened, as `open`'s are. Undefined when it cannot be opened.
   */
  static adopt(file: string): TextSpill | undefined {
    const fd = openToRead(file);
    if (fd === undefined) return undefined;
    removeOpen(file);
    return new TextSpill(fd);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.#size;
  }

  /**
   * Closes the file now rather than when nothing holds the spill: a worker thread's spills are
   * never collected, and their files would stay on disk until the process ends. Nothing can
   * be read from it after.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closer.unregister(this);
    closeSync(this.#fd);
  }

  // A closed descriptor's number is soon another file's: reading or writing it is refused.
  #open(): number {
    if (this.#closed) throw new Error('the spill is closed');
    return this.#fd;
  }

  /** Appends `bytes` and returns where they start. */
  append(bytes: Uint8Array): number {
    const at = this.#size;
    this.#size += writeAllAt(this.#open(), bytes, at);
    return at;
  }

  /** The string of `bytes` bytes at `at`, Latin-1 or (when `wide`) UTF-16LE. */
  read(at: number, bytes: number, wide: boolean): string {
    const buffer = Buffer.allocUnsafe(bytes);
    this.copy(at, bytes, buffer, 0);
    return buffer.toString(wide ? 'utf16le' : 'latin1');
  }

  /** Copies `bytes` bytes at `at` into `into` at `offset`. */
  copy(at: number, bytes: number, into: Uint8Array, offset: number): void {
    const done = readAllAt(this.#open(), into, offset, bytes, at);
    if (done < bytes) throw new Error(`spilled text cut short at byte ${at + done}`);
  }
}
