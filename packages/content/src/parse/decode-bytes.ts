/** The text encodings confnotes reads an article in. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why bytes were not read as text, with the 1-based line and column of the first bad byte. */
export interface DecodeProblem {
  readonly code: 'invalid-encoding' | 'binary-file';
  readonly detail: string;
  readonly line: number;
  readonly column: number;
}

export type Decoded =
  | { readonly text: string; readonly encoding: SourceEncoding }
  | { readonly problem: DecodeProblem };

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });
const utf8 = strict('utf-8');
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
// Windows-1252 is what browsers and editors read "Latin-1" as: it maps every byte.
const latin1 = new TextDecoder('windows-1252');

// Sniffing the start of a file, as git does, is enough to tell text from binary.
const SAMPLE = 8192;

// The C0 controls `controlShare` counts, as characters: a UTF-8 byte below 0x20 is always one.
const controlCharacter = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

/** Share of C0 control bytes (other than tab, line feed, form feed, carriage return, escape). */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n === 0 ? 0 : controls / n;
}

/** Length of the UTF-8 sequence at `i` if it is well formed, else 0. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Offset of the first byte that is not well-formed UTF-8, and whether any multibyte one is. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; multibyte: boolean } {
  let firstInvalid = -1;
  let multibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) {
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    } else {
      if (n > 1) multibyte = true;
      i += n;
    }
    if (firstInvalid !== -1 && multibyte) break;
  }
  return { firstInvalid, multibyte };
}

/** Line and column (in UTF-16 code units, as the rest of confnotes counts) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  // The text starts after a byte-order mark (readSourceText drops it), so columns skip it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let lineStart = bom ? Math.min(3, offset) : 0;
  for (let i = lineStart; i < offset; i++) {
    // LF, CRLF and a lone CR each end a line, as readSourceText reads them.
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: lenientUtf8.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/**
 * The byte order of UTF-16 written without a byte-order mark, told from its first characters
 * being ASCII (a fence, a key): one byte of each pair zero, the other not.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2 || bytes.length % 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const most = pairs * 0.9;
  const few = pairs * 0.1;
  if (oddZeros >= most && evenZeros <= few) return 'utf-16le';
  if (evenZeros >= most && oddZeros <= few) return 'utf-16be';
  return undefined;
}

/**
 * The byte order of UTF-32, which no decoder here reads: told by its byte-order mark, or by its
 * first characters being ASCII (three zero bytes in every four, in the same places).
 */
function utf32(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'BE';
  const quads = Math.floor(Math.min(bytes.length, SAMPLE) / 4);
  if (quads < 2 || bytes.length % 4) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < quads * 4; i += 4) {
    const high = bytes[i + 2] === 0 && bytes[i + 3] === 0;
    const low = bytes[i] === 0 && bytes[i + 1] === 0;
    if (high && bytes[i + 1] === 0 && bytes[i] !== 0) le++;
    if (low && bytes[i + 2] === 0 && bytes[i + 3] !== 0) be++;
  }
  if (le >= quads * 0.9) return 'LE';
  if (be >= quads * 0.9) return 'BE';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: strict(label).decode(bytes.subarray(2)), encoding: label };
  } catch {
    const detail = `it starts with a UTF-16 byte-order mark, but ${bytes.length % 2 ? 'has an odd number of bytes' : 'holds an unpaired surrogate'}`;
    return { problem: { code: 'invalid-encoding', detail, line: 1, column: 1 } };
  }
}

/**
 * Reads an article's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 when a
 * byte-order mark says so or, without one, when its ASCII shows a zero byte in every pair, and Latin-1 (Windows-1252) when no byte is part of a UTF-8
 * sequence. Mostly-UTF-8 text with broken sequences, and binary files, give a problem instead,
 * placed at the first byte in question.
 * @example 'text' in decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // 'café', windows-1252
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  // Before UTF-16, whose little-endian mark begins UTF-32's: read as UTF-16, it was all NULs.
  const wide = utf32(bytes);
  if (wide) {
    const detail = `it is UTF-32 (${wide === 'LE' ? 'little' : 'big'}-endian), which is not read`;
    return { problem: { code: 'invalid-encoding', detail, line: 1, column: 1 } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bomless = bomlessUtf16(bytes);
  if (bomless) {
    try {
      return { text: strict(bomless).decode(bytes), encoding: bomless };
    } catch {
      // Not UTF-16 after all: read on as UTF-8 or Latin-1, which refuse it as binary.
    }
  }
  try {
    const text = utf8.decode(bytes);
    // Valid UTF-8 made mostly of control bytes (a file of zeros, say) is not an article. The
    // bytes are counted only when the text has a control character at all.
    const share = controlCharacter.test(text) ? controlShare(bytes) : 0;
    if (share > 0.25) {
      const detail = `${Math.round(share * 100)}% of its first bytes are control characters`;
      return { problem: { code: 'binary-file', detail, line: 1, column: 1 } };
    }
    return { text, encoding: 'utf-8' };
  } catch {
    if (bytes.subarray(0, SAMPLE).includes(0) || controlShare(bytes) > 0.05) {
      const detail = 'it holds bytes that are neither UTF-8 nor Latin-1 text';
      return { problem: { code: 'binary-file', detail, line: 1, column: 1 } };
    }
    const { firstInvalid, multibyte } = scanUtf8(bytes);
    if (multibyte) {
      const at = bytePosition(bytes, Math.max(0, firstInvalid));
      const byte = bytes[firstInvalid]!.toString(16).toUpperCase().padStart(2, '0');
      const detail = `byte 0x${byte} is not part of a UTF-8 character`;
      return { problem: { code: 'invalid-encoding', detail, ...at } };
    }
    return { text: latin1.decode(bytes), encoding: 'windows-1252' };
  }
}
