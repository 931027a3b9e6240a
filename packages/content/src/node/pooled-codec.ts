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
//   segments: uint32[2][] encoding (0 latin1, 1 utf16le) and byte length of each pool segment
//   the segments' bytes, each starting at an even offset
const MAGIC = 'CNPJ1';
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

interface Segment {
  readonly index: number;
  readonly wide: boolean;
  readonly strings: string[];
  chars: number;
}

// JSON of the structure: V8's JSON parser makes objects several times faster than its value
// deserializer, which looks up every key of every object again.
const serialize = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null');

const pooled = (s: string) => s.length >= MIN_POOLED || s === MARK;

/**
 * Encodes JSON data so that `decodePooled` gives back what a round trip through JSON text
 * would (undefined left out), keys in the same order. `write` is given the bytes in order, in chunks it must use
 * before it returns (one buffer is reused for them).
 * @example encodePooledTo(catalog, (chunk) => writeSync(fd, chunk));
 */
export function encodePooledTo(value: unknown, write: (chunk: Uint8Array) => void): void {
  const ids = new Map<string, number>();
  const occurrences: number[] = [];
  const table: number[] = [];
  const segments: Segment[] = [];
  const open: (Segment | undefined)[] = [undefined, undefined];
  const add = (s: string): number => {
    // ASCII is the common case and its test runs natively; only the rest meets the regex.
    const wide = Buffer.byteLength(s, 'utf8') !== s.length && NOT_LATIN1.test(s);
    let segment = open[+wide];
    if (!segment || segment.chars + s.length > SEGMENT_CHARS) {
      segment = { index: segments.length, wide, strings: [], chars: 0 };
      open[+wide] = segment;
      segments.push(segment);
    }
    const id = table.length / 3;
    table.push(segment.index, segment.chars, s.length);
    segment.strings.push(s);
    segment.chars += s.length;
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
  // The value is stripped in place and put back after: a copy of a whole catalog costs more
  // than serializing it. An object met again (a list both a catalog and its result hold)
  // comes out again in the JSON, so its strings are counted again.
  const holders: (Record<string, unknown> | unknown[])[] = [];
  const keys: (string | number)[] = [];
  const originals: string[] = [];
  const seen = new Map<object, [from: number, to: number]>();
  const slot = (o: Record<string | number, unknown>, k: string | number, x: unknown) => {
    if (typeof x === 'string') {
      if (!pooled(x)) return;
      occurrences.push(intern(x));
      holders.push(o);
      keys.push(k);
      originals.push(x);
      o[k] = MARK;
    } else if (typeof x === 'object' && x !== null) strip(x as Record<string, unknown>);
  };
  const strip = (o: Record<string, unknown> | unknown[]): void => {
    const met = seen.get(o);
    if (met) {
      if (met[1] < 0) throw new TypeError('a value that contains itself has no JSON form');
      for (let i = met[0]; i < met[1]; i++) occurrences.push(occurrences[i]!);
      return;
    }
    const range: [number, number] = [occurrences.length, -1];
    seen.set(o, range);
    if (Array.isArray(o)) for (let i = 0; i < o.length; i++) slot(o as never, i, o[i]);
    else for (const k in o) slot(o, k, o[k]);
    range[1] = occurrences.length;
  };
  let structure: Buffer;
  if (typeof value === 'string' && pooled(value)) {
    occurrences.push(intern(value));
    structure = serialize(MARK);
  } else if (typeof value === 'object' && value !== null) {
    try {
      strip(value as Record<string, unknown>);
      structure = serialize(value);
    } finally {
      for (let i = 0; i < holders.length; i++)
        (holders[i] as Record<string | number, unknown>)[keys[i]!] = originals[i];
    }
  } else structure = serialize(value);
  const numbers = new Uint32Array(occurrences.length + table.length + 2 * segments.length);
  numbers.set(occurrences);
  numbers.set(table, occurrences.length);
  segments.forEach((s, k) => {
    numbers[occurrences.length + table.length + 2 * k] = +s.wide;
    numbers[occurrences.length + table.length + 2 * k + 1] = s.wide ? s.chars * 2 : s.chars;
  });
  const head = Buffer.alloc(HEADER);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(structure.length, 8);
  head.writeUInt32LE(occurrences.length, 12);
  head.writeUInt32LE(table.length / 3, 16);
  head.writeUInt32LE(segments.length, 20);
  write(head);
  write(structure);
  write(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength));
  // The text goes out through one buffer of at most CHUNK bytes, reused: a buffer the size of
  // every body together would cost as much to allocate as to fill, and a full CHUNK for the
  // few kilobytes of one article would cost more than the encoding itself.
  let text = segments.length;
  for (const s of segments) text += s.wide ? 2 * s.chars : s.chars;
  const scratch = Buffer.allocUnsafe(Math.min(CHUNK, text));
  let at = 0;
  let written = HEADER + structure.length + numbers.byteLength;
  const flush = () => {
    if (at) write(scratch.subarray(0, at));
    written += at;
    at = 0;
  };
  for (const segment of segments) {
    if ((written + at) & 1) scratch[at++] = 0;
    const encoding = segment.wide ? 'utf16le' : 'latin1';
    for (const text of segment.strings) {
      const bytes = segment.wide ? 2 * text.length : text.length;
      if (bytes > CHUNK - at) {
        flush();
        if (bytes > CHUNK) {
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

/**
 * `encodePooledTo` into one buffer.
 * @example decodePooled(encodePooled({ html: '<p>…</p>' })) // { html: '<p>…</p>' }
 */
export function encodePooled(value: unknown): Buffer {
  const parts: Buffer[] = [];
  encodePooledTo(value, (chunk) => parts.push(Buffer.from(chunk)));
  return Buffer.concat(parts);
}

/**
 * Reads back what `encodePooled` wrote. Throws on bytes it did not write (a damaged file is
 * caught by the checksum of whatever holds the bytes, not here).
 */
export function decodePooled(bytes: Uint8Array): unknown {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return decodePooledFrom((at, length) => {
    if (at + length > buffer.length) throw new Error('truncated pooled encoding');
    return buffer.subarray(at, at + length);
  });
}

/**
 * `decodePooled` of bytes read a part at a time, in order from the start, so that a large
 * encoding is never in memory whole beside its strings: each pool segment is read and made a
 * string before the next. `read` gives `length` bytes at `at`, or throws.
 */
export function decodePooledFrom(read: (at: number, length: number) => Buffer): unknown {
  const head = read(0, HEADER);
  if (head.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a pooled encoding');
  const structureBytes = head.readUInt32LE(8);
  const occurrenceCount = head.readUInt32LE(12);
  const stringCount = head.readUInt32LE(16);
  const segmentCount = head.readUInt32LE(20);
  const count = occurrenceCount + 3 * stringCount + 2 * segmentCount;
  const middle = read(HEADER, structureBytes + 4 * count);
  const structure = middle.toString('utf8', 0, structureBytes);
  // Copied out: the numbers need not sit at an offset a Uint32Array can view.
  const numbers = new Uint32Array(count);
  Buffer.from(numbers.buffer).set(middle.subarray(structureBytes));
  let at = HEADER + structureBytes + 4 * count;
  const pools: string[] = [];
  for (let k = 0; k < segmentCount; k++) {
    const wide = numbers[occurrenceCount + 3 * stringCount + 2 * k] === 1;
    const length = numbers[occurrenceCount + 3 * stringCount + 2 * k + 1]!;
    const pad = at & 1;
    const bytes = read(at, pad + length);
    pools.push(bytes.toString(wide ? 'utf16le' : 'latin1', pad));
    at += pad + length;
  }
  const strings: (string | undefined)[] = new Array(stringCount);
  let next = 0;
  const take = (): string => {
    if (next >= occurrenceCount) throw new Error('damaged pooled encoding');
    const id = numbers[next++]!;
    let s = strings[id];
    if (s === undefined) {
      const t = occurrenceCount + 3 * id;
      const start = numbers[t + 1]!;
      s = pools[numbers[t]!]!.slice(start, start + numbers[t + 2]!);
      strings[id] = s;
    }
    return s;
  };
  // Visits values in the order `encodePooledTo` met them: keys keep their order through JSON.
  const fill = (v: unknown): unknown => {
    if (v === MARK) return take();
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === MARK) v[i] = take();
        else if (typeof x === 'object' && x !== null) fill(x);
      }
      return v;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (x === MARK) o[k] = take();
      else if (typeof x === 'object' && x !== null) fill(x);
    }
    return o;
  };
  const value = fill(JSON.parse(structure));
  if (next !== occurrenceCount) throw new Error('damaged pooled encoding');
  return value;
}
