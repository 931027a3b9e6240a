import { hash } from 'node:crypto';
import { type DecodeProblem, decodeBytes, type SourceEncoding } from './decode-bytes.ts';

/**
 * The largest article confnotes reads, in bytes (8 MiB). A conference write-up is a few tens
 * of kilobytes; a bigger file is refused with `file-too-large` before any parsing, so a huge
 * or runaway file costs a stat and a read, never minutes of parsing.
 */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

/** An article's text as the parser reads it: BOM removed, line endings normalised to `\n`. */
export interface SourceText {
  readonly text: string;
  readonly digest: string;
  readonly encoding: SourceEncoding;
  /** Offset in `text` of the first NUL character, which is read as U+FFFD. */
  readonly nulAt?: number;
  /** The first other control character (also read as U+FFFD): its offset in `text`, its code. */
  readonly control?: { readonly at: number; readonly code: number };
}

// Control characters no article means (tab, line feed and form feed aside): they reach no
// page or terminal, where they would be invisible, break a feed's XML or drive the terminal.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** `text` with each control character (see `readSourceText`) read as U+FFFD. */
export function withoutControls(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, '\uFFFD') : text;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Parsed data (front matter, a curated record) with control characters in its strings read as
 * U+FFFD, and the path to the first string that held one; the same value when none did. Data
 * written with escapes (`\u001b` in JSON, `\e` in YAML) holds them though its text did not.
 */
export function dataWithoutControls(value: unknown): {
  value: unknown;
  first?: (string | number)[];
} {
  // Nearly all data holds none: it is looked through first, and copied only when it does.
  const path: (string | number)[] = [];
  const find = (v: unknown): boolean => {
    if (typeof v === 'string') return withoutControls(v) !== v;
    const entries = Array.isArray(v) ? v.entries() : isPlain(v) ? Object.entries(v) : [];
    for (const [k, x] of entries) {
      path.push(k);
      if (find(x)) return true;
      path.pop();
    }
    return false;
  };
  if (!find(value)) return { value };
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return withoutControls(v);
    if (Array.isArray(v)) return v.map(clean);
    // Entries, not assignments: a key may be `__proto__`.
    if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
    return v;
  };
  return { value: clean(value), first: path };
}

/** Why a file gives no text at all. */
export interface SourceProblem {
  readonly code: DecodeProblem['code'] | 'file-too-large';
  readonly detail: string;
  readonly line: number;
  readonly column: number;
}

const MIB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/**
 * Decodes an article (see `decodeBytes` for the encodings read), drops a byte-order mark,
 * turns CRLF and CR into LF so line numbers match what an editor shows, and reads NUL as
 * U+FFFD as CommonMark does, and other control characters (escape, backspace...) too, so that
 * columns stay where an editor shows them. The digest hashes the original bytes.
 * @example (readSourceText('\uFEFFtitle: x\r\n') as SourceText).text === 'title: x\n'
 */
export function readSourceText(
  source: string | Uint8Array,
): SourceText | { problem: SourceProblem } {
  const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
  if (bytes > MAX_ARTICLE_BYTES) {
    const detail = `${size(bytes)}, over the limit of ${size(MAX_ARTICLE_BYTES)}`;
    return { problem: { code: 'file-too-large', detail, line: 1, column: 1 } };
  }
  let text: string;
  let encoding: SourceEncoding = 'utf-8';
  if (typeof source === 'string') text = source;
  else {
    const decoded = decodeBytes(source);
    if ('problem' in decoded) return decoded;
    ({ text, encoding } = decoded);
  }
  // One call, without a Hash object to build and collect for each article.
  const digest = hash('sha256', source, 'hex');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const nulAt = text.indexOf('\0');
  if (nulAt !== -1) text = text.replaceAll('\0', '\uFFFD');
  CONTROL.lastIndex = 0;
  const first = CONTROL.exec(text);
  const control = first ? { at: first.index, code: text.charCodeAt(first.index) } : undefined;
  if (control) text = text.replace(CONTROL, '\uFFFD');
  return {
    text,
    digest,
    encoding,
    ...(nulAt === -1 ? {} : { nulAt }),
    ...(control ? { control } : {}),
  };
}

/** Maps offsets in a text to 1-based line and column. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.#starts.push(i + 1);
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}
