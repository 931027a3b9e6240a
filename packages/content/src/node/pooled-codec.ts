import { deserialize, serialize } from 'node:v8';

// A binary form of plain data (objects, arrays, strings, numbers, booleans, null, undefined)
// that reads back several times faster than JSON, for the analyses and catalogs the cache keeps.
// Long strings (article bodies, HTML, text: most of the bytes) are not serialized one by one:
// each distinct one is stored once in a pool of text, and reading takes the pool as one string
// and each long string as a slice of it. V8 makes such slices without copying, so reading a
// catalog costs little more than its objects, and equal strings are held once.
//
//   header: CNPV1, then 4 little-endian uint32: structure bytes, occurrences, strings, segments
//   structure: v8.serialize of the value with each pooled string replaced by MARK
//   occurrences: uint32[] string index of each MARK in walk order
//   strings: uint32[3][] segment, start, length (in characters) of each distinct string
//   segments: uint32[2][] encoding (0 latin1, 1 utf16le) and byte length of each pool segment
//   the segments' bytes, each starting at an even offset
const MAGIC = 'CNPV1';
const HEADER = 24;
const MARK = '\u0000';
// Shorter strings cost less to serialize than to pool.
const MIN_POOLED = 24;
// Below V8's longest string, however large a catalog grows.
const SEGMENT_CHARS = 1 << 27;
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

interface Segment {
  readonly index: number;
  readonly wide: boolean;
  readonly strings: string[];
  chars: number;
}

const pooled = (s: string) => s.length >= MIN_POOLED || s === MARK;

/**
 * Encodes plain data (what JSON holds, and `undefined`) so that `decodePooled` gives it back
 * equal, keys in the same order.
 * @example decodePooled(encodePooled({ html: '<p>…</p>' })) // { html: '<p>…</p>' }
 */
export function encodePooled(value: unknown): Buffer {
  const ids = new Map<string, number>();
  const occurrences: number[] = [];
  const table: number[] = [];
  const segments: Segment[] = [];
  const open: (Segment | undefined)[] = [undefined, undefined];
  const intern = (s: string): number => {
    let id = ids.get(s);
    if (id !== undefined) return id;
    const wide = NOT_LATIN1.test(s);
    let segment = open[+wide];
    if (!segment || segment.chars + s.length > SEGMENT_CHARS) {
      segment = { index: segments.length, wide, strings: [], chars: 0 };
      open[+wide] = segment;
      segments.push(segment);
    }
    id = ids.size;
    ids.set(s, id);
    table.push(segment.index, segment.chars, s.length);
    segment.strings.push(s);
    segment.chars += s.length;
    return id;
  };
  const strip = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!pooled(v)) return v;
      occurrences.push(intern(v));
      return MARK;
    }
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(strip);
    const out: Record<string, unknown> = {};
    for (const k in v) {
      const x = strip((v as Record<string, unknown>)[k]);
      // A front-matter key may be `__proto__`: it stays an own key, as JSON.parse makes it.
      if (k === '__proto__')
        Object.defineProperty(out, k, {
          value: x,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[k] = x;
    }
    return out;
  };
  const structure = serialize(strip(value));
  const numbers = new Uint32Array(occurrences.length + table.length + 2 * segments.length);
  numbers.set(occurrences);
  numbers.set(table, occurrences.length);
  segments.forEach((s, k) => {
    numbers[occurrences.length + table.length + 2 * k] = +s.wide;
    numbers[occurrences.length + table.length + 2 * k + 1] = s.wide ? s.chars * 2 : s.chars;
  });
  const pad = (n: number) => n + (n & 1);
  let size = HEADER + structure.length + numbers.byteLength;
  for (const s of segments) size = pad(size) + (s.wide ? s.chars * 2 : s.chars);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(structure.length, 8);
  out.writeUInt32LE(occurrences.length, 12);
  out.writeUInt32LE(table.length / 3, 16);
  out.writeUInt32LE(segments.length, 20);
  structure.copy(out, HEADER);
  let at = HEADER + structure.length;
  Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).copy(out, at);
  at += numbers.byteLength;
  for (const s of segments) {
    at = pad(at);
    const encoding = s.wide ? 'utf16le' : 'latin1';
    for (const text of s.strings) at += out.write(text, at, encoding);
  }
  return out;
}

/**
 * Reads back what `encodePooled` wrote. Throws on bytes it did not write (a damaged file is
 * caught by the checksum of whatever holds the bytes, not here).
 */
export function decodePooled(bytes: Uint8Array): unknown {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER || buffer.toString('latin1', 0, MAGIC.length) !== MAGIC)
    throw new Error('not a pooled encoding');
  const structureBytes = buffer.readUInt32LE(8);
  const occurrenceCount = buffer.readUInt32LE(12);
  const stringCount = buffer.readUInt32LE(16);
  const segmentCount = buffer.readUInt32LE(20);
  let at = HEADER + structureBytes;
  const count = occurrenceCount + 3 * stringCount + 2 * segmentCount;
  // Copied out: the numbers need not sit at an offset a Uint32Array can view.
  const numbers = new Uint32Array(count);
  Buffer.from(numbers.buffer).set(buffer.subarray(at, at + 4 * count));
  at += 4 * count;
  const pools: string[] = [];
  for (let k = 0; k < segmentCount; k++) {
    const wide = numbers[occurrenceCount + 3 * stringCount + 2 * k] === 1;
    const length = numbers[occurrenceCount + 3 * stringCount + 2 * k + 1]!;
    at += at & 1;
    if (at + length > buffer.length) throw new Error('truncated pooled encoding');
    pools.push(buffer.toString(wide ? 'utf16le' : 'latin1', at, at + length));
    at += length;
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
  // Visits values in the order `encodePooled` met them: keys keep their order through V8's
  // serializer.
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
  const value = fill(deserialize(buffer.subarray(HEADER, HEADER + structureBytes)));
  if (next !== occurrenceCount) throw new Error('damaged pooled encoding');
  return value;
}
