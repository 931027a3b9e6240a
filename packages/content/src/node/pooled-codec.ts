import { STRING_START } from '../text/string-start.ts';

// A form of JSON data for the analyses and catalogs the cache keeps, that reads back faster
// than JSON text and holds each long string once.
// Long strings (article bodies, HTML, text: most of the bytes) are not serialized one by one:
// each distinct one is stored once in a pool of text, and reading takes the pool as one string
// and each long string as a slice of it. V8 makes such slices without copying, so reading a
// catalog costs little more than its objects, and equal strings are held once.
//
//   header: CNPV1, then 4 little-endian uint32: structure bytes, occurrences, strings, segments
//   structure: JSON (UTF-8) of the value with each pooled string replaced by MARK
//   occurrences: uint32[] string index of each MARK in walk order
//   strings: uint32[3][] segment, start, length (in characters) of each distinct string
//   segments: uint32[2][] kind and byte length of each pool segment; kind bit 0: utf16le, not
//     latin1; bit 1: the segment holds only long strings
//   the segments' bytes, each starting at an even offset
// Long strings have segments of their own, so that a reader can leave them in a spill file
// (see `PooledSpill`) without reading any short string from there.
const MAGIC = 'CNPJ2';
const HEADER = 24;
const MARK = '\u0000';
// Shorter strings cost less to serialize than to pool.
const MIN_POOLED = 24;
// Well below V8's longest string, and small enough that reading a segment beside the strings
// made of the ones before it costs little memory.
const SEGMENT_CHARS = 1 << 24;
const NOT_LATIN1 = /[^\u0000-\u00ff]/;
const MAX_SHARED = 512;
const CHUNK = 1 << 20;
// A string this long is a body, its HTML or its text, read once or twice in a catalog's life.
const LONG = 1024;

/**
 * Where a reader puts long strings instead of holding them: `append` stores bytes and gives
 * where they start, `read` gives the string back (UTF-16LE when `wide`, Latin-1 otherwise).
 */
export interface PooledSpill {
  append(bytes: Uint8Array): number;
  read(at: number, bytes: number, wide: boolean): string;
  /** Copies `bytes` bytes at `at` into `into` at `offset`. */
  copy(at: number, bytes: number, into: Uint8Array, offset: number): void;
}

// Each object with spilled strings holds where they are under this key, out of sight of
// JSON, spreads and `for...in`; its properties are accessors shared by all such objects.
const SPILLED = Symbol('confnotes.spilled');
type SpilledRecord = Record<string, Spilled>;
type Holder = Record<string | symbol, unknown>;
// While true, spilled properties read as MARK: the encoder's JSON of a value then has a MARK
// wherever a spilled string is, without the value being changed.
let marking = false;
const getters = new Map<string, () => unknown>();
const setters = new Map<string, (value: unknown) => void>();

/** A long string left in a spill. */
class Spilled {
  readonly spill: PooledSpill;
  readonly at: number;
  readonly bytes: number;
  readonly wide: boolean;

  constructor(spill: PooledSpill, at: number, bytes: number, wide: boolean) {
    this.spill = spill;
    this.at = at;
    this.bytes = bytes;
    this.wide = wide;
  }

  get chars(): number {
    return this.wide ? this.bytes / 2 : this.bytes;
  }

  read(): string {
    return this.spill.read(this.at, this.bytes, this.wide);
  }

  /** The first `chars` characters, read without the rest. */
  readStart(chars: number): string {
    const bytes = Math.min(this.bytes, this.wide ? 2 * chars : chars);
    return this.spill.read(this.at, bytes, this.wide);
  }
}

// What `stringStart` asks a record with spilled strings for: one function for all of them.
function startOfSpilled(this: Holder, key: string, chars: number): string {
  const text = spilledAt(this, key);
  return text ? text.readStart(chars) : String(this[key]).slice(0, chars);
}

function getterOf(k: string): () => unknown {
  let get = getters.get(k);
  if (!get) {
    get = function (this: Holder) {
      return marking ? MARK : (this[SPILLED] as SpilledRecord)[k]!.read();
    };
    getters.set(k, get);
  }
  return get;
}

// Setting a spilled property makes it a plain one, of whichever object it was copied to.
function setterOf(k: string): (value: unknown) => void {
  let set = setters.get(k);
  if (!set) {
    set = function (this: Holder, value: unknown) {
      const { [k]: _, ...rest } = this[SPILLED] as SpilledRecord;
      Object.defineProperty(this, SPILLED, { value: rest, configurable: true, writable: true });
      Object.defineProperty(this, k, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    };
    setters.set(k, set);
  }
  return set;
}

const accessors = new Map<string, PropertyDescriptor>();

// A property that reads its string from the spill each time: holding it would undo the spill.
function accessorOf(k: string): PropertyDescriptor {
  let accessor = accessors.get(k);
  if (!accessor) {
    accessor = { enumerable: true, configurable: true, get: getterOf(k), set: setterOf(k) };
    accessors.set(k, accessor);
  }
  return accessor;
}

/**
 * A copy of `o`, keys in the same order, with the accessor `accessor(k)` gives in place of each
 * property it gives one for. A copy, because turning a property of an object V8 made from JSON
 * into an accessor makes it a slow dictionary object; properties added in order to a new one
 * follow shapes that all such objects share (a stored catalog of 50,000 posts reads back into
 * 75 MB less memory).
 */
export function copyWithAccessors(
  o: Holder,
  accessor: (k: string) => PropertyDescriptor | undefined,
): Holder {
  const copy: Holder = {};
  for (const k in o) {
    const described = accessor(k);
    if (described) Object.defineProperty(copy, k, described);
    // An assignment to `__proto__` would set the prototype: content is not to do that.
    else if (k === '__proto__')
      Object.defineProperty(copy, k, {
        value: o[k],
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else copy[k] = o[k];
  }
  return copy;
}

/** A copy of `o` whose properties in `spilled` read from the spill. */
function withSpilled(o: Holder, spilled: SpilledRecord): Holder {
  const copy = copyWithAccessors(o, (k) => (spilled[k] ? accessorOf(k) : undefined));
  Object.defineProperty(copy, SPILLED, { value: spilled, configurable: true, writable: true });
  Object.defineProperty(copy, STRING_START, { value: startOfSpilled, configurable: true });
  return copy;
}

/** The spilled string `o[k]` reads, if it is one. */
function spilledAt(o: Holder, k: string): Spilled | undefined {
  const text = (o[SPILLED] as SpilledRecord | undefined)?.[k];
  return text && Object.getOwnPropertyDescriptor(o, k)?.get === getters.get(k) ? text : undefined;
}

interface Segment {
  readonly index: number;
  readonly wide: boolean;
  readonly long: boolean;
  readonly strings: (string | Spilled)[];
  chars: number;
}

// JSON of the structure: V8's JSON parser makes objects several times faster than its value
// deserializer, which looks up every key of every object again.
const serialize = (value: unknown) => JSON.stringify(value) ?? 'null';

const pooled = (s: string) => s.length >= MIN_POOLED || s === MARK;

/**
 * An encoding laid out: what goes before the text, and the text's segments. Strings and plain
 * numbers, not buffers: those are written straight where the encoding goes (see `writeFront`).
 */
interface Prepared {
  readonly structure: string;
  readonly structureBytes: number;
  /** The header's counts but the structure's bytes: occurrences, strings, segments. */
  readonly counts: readonly [number, number, number];
  /** Occurrences, then the strings' table, then the segments' kinds and lengths. */
  readonly numbers: readonly number[];
  readonly segments: readonly Segment[];
}

function prepare(value: unknown): Prepared {
  const ids = new Map<string, number>();
  const occurrences: number[] = [];
  const table: number[] = [];
  const segments: Segment[] = [];
  const open: (Segment | undefined)[] = [undefined, undefined, undefined, undefined];
  const add = (s: string | Spilled): number => {
    // ASCII is the common case and its test runs natively; only the rest meets the regex.
    const wide =
      typeof s === 'string'
        ? Buffer.byteLength(s, 'utf8') !== s.length && NOT_LATIN1.test(s)
        : s.wide;
    const chars = typeof s === 'string' ? s.length : s.chars;
    const long = chars >= LONG;
    const kind = +wide | (+long << 1);
    let segment = open[kind];
    if (!segment || segment.chars + chars > SEGMENT_CHARS) {
      segment = { index: segments.length, wide, long, strings: [], chars: 0 };
      open[kind] = segment;
      segments.push(segment);
    }
    const id = table.length / 3;
    table.push(segment.index, segment.chars, chars);
    segment.strings.push(s);
    segment.chars += chars;
    return id;
  };
  // Short strings repeat (names, sentences quoted by a talk and its speaker); long ones are
  // bodies, each its own, and hashing them to find out would cost more than it saves.
  const intern = (s: string): number => {
    if (s.length > MAX_SHARED) return add(s);
    let id = ids.get(s);
    if (id === undefined) {
      id = add(s);
      ids.set(s, id);
    }
    return id;
  };
  // Two walks in the order JSON writes the value: the first counts each pooled string where it
  // stands, an object met again (a list both a catalog and its result hold) counted again as
  // JSON writes it again; the second strips them in place, put back after: a copy of a whole
  // catalog costs more than serializing it. A map of every object met, to count a shared one
  // from what its first meeting counted, made a store of 50,000 posts allocate some 650 MB.
  const path: object[] = [];
  const count = (x: unknown): void => {
    if (typeof x === 'string') {
      if (pooled(x)) occurrences.push(intern(x));
    } else if (typeof x === 'object' && x !== null) countIn(x as Record<string, unknown>);
  };
  const countIn = (o: Record<string, unknown> | unknown[]): void => {
    if (path.includes(o)) throw new TypeError('a value that contains itself has no JSON form');
    path.push(o);
    if (Array.isArray(o)) for (let i = 0; i < o.length; i++) count(o[i]);
    else if (o[SPILLED as never]) {
      // Spilled strings go from spill to spill without being read as strings.
      for (const k in o) {
        const text = spilledAt(o as Holder, k);
        if (text) occurrences.push(add(text));
        else count(o[k]);
      }
    } else for (const k in o) count(o[k]);
    path.pop();
  };
  const holders: (Record<string, unknown> | unknown[])[] = [];
  const keys: (string | number)[] = [];
  const originals: string[] = [];
  // A string already MARK is one stripped where the object was met before (or content that
  // is MARK itself, which JSON writes as it is): it stays as it is.
  const slot = (o: Record<string | number, unknown>, k: string | number, x: unknown) => {
    if (typeof x === 'string') {
      if (x === MARK || !pooled(x)) return;
      holders.push(o);
      keys.push(k);
      originals.push(x);
      o[k] = MARK;
    } else if (typeof x === 'object' && x !== null) strip(x as Record<string, unknown>);
  };
  const strip = (o: Record<string, unknown> | unknown[]): void => {
    if (Array.isArray(o)) for (let i = 0; i < o.length; i++) slot(o as never, i, o[i]);
    else if (o[SPILLED as never]) {
      for (const k in o) if (!spilledAt(o as Holder, k)) slot(o, k, o[k]);
    } else for (const k in o) slot(o, k, o[k]);
  };
  let structure: string;
  if (typeof value === 'string' && pooled(value)) {
    occurrences.push(intern(value));
    structure = serialize(MARK);
  } else if (typeof value === 'object' && value !== null) {
    countIn(value as Record<string, unknown>);
    try {
      strip(value as Record<string, unknown>);
      marking = true;
      structure = serialize(value);
    } finally {
      marking = false;
      for (let i = 0; i < holders.length; i++)
        (holders[i] as Record<string | number, unknown>)[keys[i]!] = originals[i];
    }
  } else structure = serialize(value);
  const counts: [number, number, number] = [occurrences.length, table.length / 3, segments.length];
  const numbers = occurrences;
  for (const n of table) numbers.push(n);
  for (const s of segments) numbers.push(+s.wide | (+s.long << 1), s.wide ? s.chars * 2 : s.chars);
  return {
    structure,
    structureBytes: Buffer.byteLength(structure, 'utf8'),
    counts,
    numbers,
    segments,
  };
}

/** Bytes of what goes before the text. */
const frontBytes = (p: Prepared) => HEADER + p.structureBytes + 4 * p.numbers.length;

/**
 * Writes what goes before the text through `scratch`, as `writeText` writes the text, and
 * gives its length. A buffer of the structure and one of the numbers for each of the thousand
 * files of a stored catalog are memory outside V8's heap, given back only as V8 collects their
 * handles, and they were made while a build's memory is at its peak.
 */
function writeFront(p: Prepared, scratch: Buffer, write: (chunk: Uint8Array) => void): number {
  let at = 0;
  const flush = () => {
    if (at) write(scratch.subarray(0, at));
    at = 0;
  };
  at = writeHead(p, scratch, 0);
  if (p.structureBytes <= scratch.length - at) at += scratch.write(p.structure, at, 'utf8');
  else {
    flush();
    write(Buffer.from(p.structure, 'utf8'));
  }
  for (const n of p.numbers) {
    if (at + 4 > scratch.length) flush();
    at = scratch.writeUInt32LE(n, at);
  }
  flush();
  return frontBytes(p);
}

/** Writes the header into `into` at `at`; where it ends. */
function writeHead(p: Prepared, into: Buffer, at: number): number {
  into.write(MAGIC, at, 'latin1');
  into.fill(0, at + MAGIC.length, at + 8);
  into.writeUInt32LE(p.structureBytes, at + 8);
  into.writeUInt32LE(p.counts[0], at + 12);
  into.writeUInt32LE(p.counts[1], at + 16);
  into.writeUInt32LE(p.counts[2], at + 20);
  return at + HEADER;
}

/**
 * Encodes JSON data so that `decodePooled` gives back what a round trip through JSON text
 * would (undefined left out), keys in the same order. `write` is given the bytes in order, in chunks it must use
 * before it returns (one buffer is reused for them).
 * @example encodePooledTo(catalog, (chunk) => writeSync(fd, chunk));
 */
export function encodePooledTo(value: unknown, write: (chunk: Uint8Array) => void): void {
  const prepared = prepare(value);
  // The text goes out through one buffer of CHUNK bytes, kept for the next encoding: a buffer
  // the size of every body together would cost as much to allocate as to fill, and one for
  // each of the thousand files of a stored catalog makes V8 collect its whole heap again and
  // again, for the memory outside it that they add up to.
  scratchChunk ??= Buffer.allocUnsafe(CHUNK);
  writeText(prepared.segments, writeFront(prepared, scratchChunk, write), scratchChunk, write);
}

let scratchChunk: Buffer | undefined;

/**
 * `encodePooledTo` into one buffer.
 * @example decodePooled(encodePooled({ html: '<p>…</p>' })) // { html: '<p>…</p>' }
 */
export function encodePooled(value: unknown): Buffer {
  // Laid out in place: an article's encoding is a few kilobytes, and copying its parts into one
  // buffer cost more than writing them. The text's room holds all of it, so it is written once.
  const prepared = prepare(value);
  const { structure, structureBytes, numbers, segments } = prepared;
  const prefix = frontBytes(prepared);
  const out = Buffer.allocUnsafe(prefix + textBound(segments));
  let at = writeHead(prepared, out, 0);
  at += out.write(structure, at, structureBytes, 'utf8');
  for (const n of numbers) at = out.writeUInt32LE(n, at);
  let end = prefix;
  writeText(segments, prefix, out.subarray(prefix), (chunk) => {
    end += chunk.length;
  });
  return out.subarray(0, end);
}

/** The most bytes the segments' text takes: each string's, and a byte of padding per segment. */
function textBound(segments: readonly Segment[]): number {
  let bytes = segments.length;
  for (const s of segments) bytes += s.wide ? 2 * s.chars : s.chars;
  return bytes;
}

/**
 * Writes the segments' text, each segment at an even offset counted from `written`, through
 * `scratch`: filled, given to `write` and reused; a string longer than it goes out on its own.
 * A scratch of `textBound` bytes is given to `write` once, at the end.
 */
function writeText(
  segments: readonly Segment[],
  written: number,
  scratch: Buffer,
  write: (chunk: Uint8Array) => void,
): void {
  const room = scratch.length;
  let at = 0;
  const flush = () => {
    if (at) write(scratch.subarray(0, at));
    written += at;
    at = 0;
  };
  for (const segment of segments) {
    if ((written + at) & 1) scratch[at++] = 0;
    const encoding = segment.wide ? 'utf16le' : 'latin1';
    for (const text of segment.strings) {
      if (typeof text !== 'string') {
        if (text.bytes > room - at) flush();
        if (text.bytes > room) {
          const whole = Buffer.allocUnsafe(text.bytes);
          text.spill.copy(text.at, text.bytes, whole, 0);
          write(whole);
          written += text.bytes;
        } else {
          text.spill.copy(text.at, text.bytes, scratch, at);
          at += text.bytes;
        }
        continue;
      }
      const bytes = segment.wide ? 2 * text.length : text.length;
      if (bytes > room - at) {
        flush();
        if (bytes > room) {
          write(Buffer.from(text, encoding));
          written += bytes;
          continue;
        }
      }
      at += scratch.write(text, at, encoding);
    }
  }
  flush();
}

/** `bytes` as a Buffer over the same memory. */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The counts an encoding's header gives; throws when `head` does not start one. */
function readHeader(head: Buffer) {
  if (head.length < HEADER || head.toString('latin1', 0, MAGIC.length) !== MAGIC)
    throw new Error('not a pooled encoding');
  return {
    structureBytes: head.readUInt32LE(8),
    occurrenceCount: head.readUInt32LE(12),
    stringCount: head.readUInt32LE(16),
    segmentCount: head.readUInt32LE(20),
  };
}

/** How `decodePooled` treats long strings. */
export interface DecodeOptions {
  /** Where long strings held by objects go; they are read back from it when asked for. */
  readonly spill?: PooledSpill;
  /**
   * Where in `spill` each segment of long strings is already, by segment index (-1 or
   * missing: not there yet), as `readSegments`' worker puts them.
   */
  readonly placed?: readonly number[];
  /**
   * Strings already read, each as itself: a string read again (a name, a kind, an anchor, a
   * sentence quoted by two posts) is given as the one held here. Values decoded with the same
   * map then hold each such string once, where each would have its own copy: about a tenth of
   * the memory of a build's analyses. With a map, each string is also made on its own rather
   * than as a view into its segment, which V8 would keep whole for as long as any view of it
   * lives: a catalog built from analyses keeps a part of their strings, and with views that
   * part kept all of them (some 40 MB more at 50,000 posts).
   */
  readonly strings?: Map<string, string>;
}

/**
 * Reads back what `encodePooled` wrote. Throws on bytes it did not write (a damaged file is
 * caught by the checksum of whatever holds the bytes, not here). With a `spill`, long strings
 * held by objects go there and the objects read them back from it when asked.
 */
export function decodePooled(bytes: Uint8Array, options: DecodeOptions = {}): unknown {
  const buffer = asBuffer(bytes);
  return decodePooledFrom((at, length) => {
    if (at + length > buffer.length) throw new Error('truncated pooled encoding');
    return buffer.subarray(at, at + length);
  }, options);
}

/** The string of `seen` equal to `s`, which is `s` itself the first time. */
function once(seen: Map<string, string>, s: string): string {
  const held = seen.get(s);
  if (held !== undefined) return held;
  seen.set(s, s);
  return s;
}

/** A pool segment of an encoding: its kind (see the layout above) and where its bytes are. */
export interface PooledSegment {
  readonly kind: number;
  readonly start: number;
  readonly length: number;
}

/**
 * The pool segments of the encoding at the start of `bytes`, and how many bytes it takes in
 * all: what follows is not read by `decodePooled`. Throws when `bytes` do not start with an
 * encoding or cut it short.
 */
export function pooledLayout(bytes: Uint8Array): { segments: PooledSegment[]; length: number } {
  const buffer = asBuffer(bytes);
  const { structureBytes, occurrenceCount, stringCount, segmentCount } = readHeader(buffer);
  const table = HEADER + structureBytes + 4 * (occurrenceCount + 3 * stringCount);
  let at = table + 8 * segmentCount;
  if (at > buffer.length) throw new Error('truncated pooled encoding');
  const segments: PooledSegment[] = [];
  for (let k = 0; k < segmentCount; k++) {
    // Each segment starts at an even offset, as `writeText` laid them out.
    at += at & 1;
    const length = buffer.readUInt32LE(table + 8 * k + 4);
    segments.push({ kind: buffer.readUInt32LE(table + 8 * k), start: at, length });
    at += length;
  }
  if (at > buffer.length) throw new Error('truncated pooled encoding');
  return { segments, length: at };
}

/**
 * `decodePooled` of bytes read a part at a time, in order from the start, so that a large
 * encoding is never in memory whole beside its strings: each pool segment is read and made a
 * string before the next. `read` gives `length` bytes at `at`, or throws; with
 * `options.strings`, the bytes it gave must stay as they are until the decoding returns.
 */
export function decodePooledFrom(
  read: (at: number, length: number) => Buffer,
  options: DecodeOptions = {},
): unknown {
  const { spill, placed, strings: seen } = options;
  const { structureBytes, occurrenceCount, stringCount, segmentCount } = readHeader(
    read(0, HEADER),
  );
  const count = occurrenceCount + 3 * stringCount + 2 * segmentCount;
  const middle = read(HEADER, structureBytes + 4 * count);
  const structure = middle.toString('utf8', 0, structureBytes);
  // Copied out: the numbers need not sit at an offset a Uint32Array can view.
  const numbers = new Uint32Array(count);
  Buffer.from(numbers.buffer).set(middle.subarray(structureBytes));
  let at = HEADER + structureBytes + 4 * count;
  // Each segment as a string, or where a spill holds it, or (with `seen`) its bytes.
  const pools: (string | number | Buffer)[] = [];
  const wides: boolean[] = [];
  for (let k = 0; k < segmentCount; k++) {
    const kind = numbers[occurrenceCount + 3 * stringCount + 2 * k]!;
    const wide = (kind & 1) === 1;
    const length = numbers[occurrenceCount + 3 * stringCount + 2 * k + 1]!;
    const pad = at & 1;
    const bytes = read(at, pad + length);
    wides.push(wide);
    const there = placed?.[k] ?? -1;
    if (spill && kind & 2) pools.push(there >= 0 ? there : spill.append(bytes.subarray(pad)));
    else pools.push(seen ? bytes.subarray(pad) : bytes.toString(wide ? 'utf16le' : 'latin1', pad));
    at += pad + length;
  }
  const strings: (string | Spilled | undefined)[] = new Array(stringCount);
  let next = 0;
  const take = (): string | Spilled => {
    if (next >= occurrenceCount) throw new Error('damaged pooled encoding');
    const id = numbers[next++]!;
    let s = strings[id];
    if (s === undefined) {
      const t = occurrenceCount + 3 * id;
      const start = numbers[t + 1]!;
      const length = numbers[t + 2]!;
      const pool = pools[numbers[t]!];
      const scale = wides[numbers[t]!] ? 2 : 1;
      if (typeof pool === 'string') s = pool.slice(start, start + length);
      else if (pool === undefined) throw new Error('damaged pooled encoding');
      else if (typeof pool === 'number')
        s = new Spilled(spill!, pool + scale * start, scale * length, scale === 2);
      else {
        if (scale * (start + length) > pool.length) throw new Error('damaged pooled encoding');
        const text = pool.toString(
          scale === 2 ? 'utf16le' : 'latin1',
          scale * start,
          scale * (start + length),
        );
        s = length < LONG ? once(seen!, text) : text;
      }
      strings[id] = s;
    }
    return s;
  };
  // Visits values in the order `encodePooledTo` met them: keys keep their order through JSON.
  const fill = (v: unknown): unknown => {
    if (v === MARK) {
      const s = take();
      return typeof s === 'string' ? s : s.read();
    }
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === MARK) {
          const s = take();
          v[i] = typeof s === 'string' ? s : s.read();
        } else if (typeof x === 'object' && x !== null) {
          const filled = fill(x);
          if (filled !== x) v[i] = filled;
        } else if (seen && typeof x === 'string') v[i] = once(seen, x);
      }
      return v;
    }
    const o = v as Holder;
    let spilled: SpilledRecord | undefined;
    for (const k in o) {
      const x = o[k];
      if (x === MARK) {
        const s = take();
        if (typeof s === 'string') o[k] = s;
        else {
          // Without a prototype: a key `__proto__` of the content is then a key like any other.
          spilled ??= Object.create(null) as SpilledRecord;
          spilled[k] = s;
        }
      } else if (typeof x === 'object' && x !== null) {
        const filled = fill(x);
        if (filled !== x) o[k] = filled;
      } else if (seen && typeof x === 'string') o[k] = once(seen, x);
    }
    return spilled ? withSpilled(o, spilled) : o;
  };
  const value = fill(JSON.parse(structure));
  if (next !== occurrenceCount) throw new Error('damaged pooled encoding');
  return value;
}
