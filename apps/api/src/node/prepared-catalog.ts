// A catalog file prepared for a quick start: written once beside CATALOG_FILE, read on every start
// while the catalog file is unchanged. It holds the catalog without the posts' bodies (the part
// that must be parsed before serving, a tenth of the size), the bodies as one UTF-8 block read
// per post when a detail asks for one, and the built search index as bytes, read on the first
// search. A 50,000-post catalog then starts in a fraction of the time its JSON takes to parse.
import { closeSync, fstatSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { searchIndexVersion } from '@confnotes/content/node';
import {
  type Catalog,
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
} from '@confnotes/content/portable';

const MAGIC = 'CNPC';
const VERSION = 2;
/** The post fields kept out of the parsed part, in this order per post. */
const HEAVY = ['body', 'html', 'text'] as const;

/** The file a catalog file's prepared form is written to. */
export const preparedPath = (catalogFile: string) => `${catalogFile}.prepared`;

interface SourceStamp {
  readonly size: number;
  /** Modification time in nanoseconds, as a decimal string. */
  readonly mtimeNs: string;
}

interface Header {
  readonly source: SourceStamp;
  /** The catalog file's version tag, so answers carry the ETags a full read gives. */
  readonly tag: string;
  /** The core's code that built the search index (`searchIndexVersion`): other code, a stale file. */
  readonly code: string;
  /** [offset, length] of each section in the file. */
  readonly spine: readonly [number, number];
  readonly offsets: readonly [number, number];
  readonly heavy: readonly [number, number];
  readonly search: readonly [number, number];
}

/** What a start needs of a prepared catalog; the rest is read from the file when first used. */
export interface PreparedCatalog {
  readonly catalog: Catalog;
  readonly tag: string;
  /** Reads the search index (built when the file was prepared). */
  readonly search: () => SearchIndex;
}

function stampOf(catalogFile: string): SourceStamp {
  const stat = statSync(catalogFile, { bigint: true });
  return { size: Number(stat.size), mtimeNs: stat.mtimeNs.toString() };
}

const align = (n: number) => (n + 7) & ~7;

/** Bytes of posts' bodies gathered before one write. */
const BLOCK = 1 << 20;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Error('The prepared catalog file ends early.');
    done += read;
  }
  return buffer;
}

/**
 * Writes the prepared form of a catalog read from `catalogFile` (with its version tag), building
 * its search index. Written to a temporary file and renamed, so a reader never sees half of it.
 * `stamp` is the catalog file's size and time when it was read: taken before reading, so a file
 * changed meanwhile is never taken for the one prepared.
 */
export function writePreparedCatalog(
  catalogFile: string,
  catalog: Catalog,
  tag: string,
  stamp: SourceStamp = stampOf(catalogFile),
  code: string = searchIndexVersion(),
): string {
  // Made first: it reads the posts' text, which is written out below a post at a time.
  const search = createSearchIndex(catalog).toBytes();
  // The header's own length is not known until the sections are: leave it a fixed room.
  const room = 4096;
  const target = preparedPath(catalogFile);
  const temporary = `${target}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const write = (bytes: Uint8Array, position: number) => {
      let done = 0;
      while (done < bytes.byteLength) {
        done += writeSync(fd, bytes, done, bytes.byteLength - done, position + done);
      }
    };
    // The posts' bodies, HTML and text go to the file as they are encoded, in blocks, not held
    // until the end: at 50,000 posts they are the larger part of the catalog, and a server
    // preparing its first start already holds the catalog it serves.
    const offsets = new Float64Array(catalog.posts.length * HEAVY.length + 1);
    const block = Buffer.allocUnsafe(BLOCK);
    let filled = 0;
    let heavyBytes = 0;
    const flush = () => {
      write(block.subarray(0, filled), room + heavyBytes - filled);
      filled = 0;
    };
    const posts = catalog.posts.map((post, i) => {
      const { body: _body, html: _html, text: _text, ...light } = post;
      HEAVY.forEach((field, f) => {
        const value = post[field];
        offsets[i * HEAVY.length + f] = heavyBytes;
        const length = Buffer.byteLength(value, 'utf8');
        if (filled + length > BLOCK) flush();
        if (length > BLOCK) write(Buffer.from(value, 'utf8'), room + heavyBytes);
        else filled += block.write(value, filled, 'utf8');
        heavyBytes += length;
      });
      return light;
    });
    flush();
    offsets[offsets.length - 1] = heavyBytes;
    const spine = Buffer.from(JSON.stringify({ ...catalog, posts }), 'utf8');
    // The search index last: a file cut short lacks it, which is how a reader tells.
    let at = align(room + heavyBytes);
    const place = (length: number) => {
      const section = [at, length] as const;
      at = align(at + length);
      return section;
    };
    const header: Header = {
      source: stamp,
      tag,
      code,
      heavy: [room, heavyBytes],
      offsets: place(offsets.byteLength),
      spine: place(spine.byteLength),
      search: place(search.byteLength),
    };
    write(new Uint8Array(offsets.buffer), header.offsets[0]);
    write(spine, header.spine[0]);
    write(search, header.search[0]);
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(room);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(headerBytes.byteLength, 8);
    headerBytes.copy(head, 12);
    write(head, 0);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, target);
  return target;
}

// Open files of prepared catalogs still in use: closed once nothing can read them any more.
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

/**
 * The prepared file of `catalogFile` open, with its header, when it is complete and current: of
 * the catalog file as it is now, and with a search index built by the code running (`code`).
 */
function openPrepared(
  catalogFile: string,
  code: string = searchIndexVersion(),
): { fd: number; header: Header } | undefined {
  let fd: number;
  try {
    fd = openSync(preparedPath(catalogFile), 'r');
  } catch {
    return undefined;
  }
  try {
    const head = readAt(fd, 0, 12);
    if (head.toString('latin1', 0, 4) === MAGIC && head.readUInt32LE(4) === VERSION) {
      const header = JSON.parse(readAt(fd, 12, head.readUInt32LE(8)).toString('utf8')) as Header;
      const stamp = stampOf(catalogFile);
      const complete = fstatSync(fd).size >= header.search[0] + header.search[1];
      const current =
        header.source.size === stamp.size &&
        header.source.mtimeNs === stamp.mtimeNs &&
        header.code === code;
      if (complete && current) return { fd, header };
    }
  } catch {
    // Unreadable: as good as none.
  }
  closeSync(fd);
  return undefined;
}

/**
 * The search index of the prepared form of `catalogFile`, when that is current and was prepared
 * from the catalog with version tag `tag` (so its records are in the same order).
 */
export function readPreparedSearch(catalogFile: string, tag: string): SearchIndex | undefined {
  const opened = openPrepared(catalogFile);
  if (!opened) return undefined;
  try {
    if (opened.header.tag !== tag) return undefined;
    const [at, length] = opened.header.search;
    return loadSearchIndex(readAt(opened.fd, at, length));
  } catch {
    return undefined;
  } finally {
    closeSync(opened.fd);
  }
}

/**
 * The prepared form of `catalogFile`, when one was written for the file as it is now (same size
 * and modification time) by the core's code running (`code`); undefined when there is none or it
 * is stale. The posts' `body`, `html`
 * and `text` are read from the file when asked for, each time (they are not kept); they come
 * after the post's other keys.
 */
export function readPreparedCatalog(
  catalogFile: string,
  code: string = searchIndexVersion(),
): PreparedCatalog | undefined {
  const opened = openPrepared(catalogFile, code);
  if (!opened) return undefined;
  const { fd, header } = opened;
  let catalog: Catalog;
  let offsets: Float64Array;
  try {
    catalog = JSON.parse(readAt(fd, header.spine[0], header.spine[1]).toString('utf8')) as Catalog;
    // Copied into its own buffer: a small read may sit at any offset of Node's shared pool.
    offsets = new Float64Array(
      new Uint8Array(readAt(fd, header.offsets[0], header.offsets[1])).buffer,
    );
  } catch {
    // A damaged or cut file is as good as none: the catalog file is read instead.
    closeSync(fd);
    return undefined;
  }
  const heavyAt = header.heavy[0];
  // What the getters read through: it lives as long as any post (or the search loader) can still
  // read, and the file is closed only once it is collected.
  const file = { fd };
  // One getter per field shared by every post, finding the post's place in a map: V8 then gives
  // all posts one shape, where a closure per post costs three times as long to attach.
  const places = new WeakMap<object, number>();
  const descriptors = HEAVY.map(
    (_, f): PropertyDescriptor => ({
      enumerable: true,
      configurable: true,
      get(this: object) {
        const slot = places.get(this)! * HEAVY.length + f;
        const from = offsets[slot]!;
        return readAt(file.fd, heavyAt + from, offsets[slot + 1]! - from).toString('utf8');
      },
    }),
  );
  catalog.posts.forEach((post, i) => {
    places.set(post, i);
    HEAVY.forEach((field, f) => {
      Object.defineProperty(post, field, descriptors[f]!);
    });
  });
  openFiles.register(file, fd);
  return {
    catalog,
    tag: header.tag,
    search: () => loadSearchIndex(readAt(file.fd, header.search[0], header.search[1])),
  };
}
