import { isSpaceCode, isWordCode } from './char-codes.ts';

/** A run of flattened text that stands character for character in the source. */
export interface SourcePiece {
  readonly at: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

// How far past the cursor a text node is looked for before it is given up as unplaceable: text
// the HTML parser moved (out of a table, say) or a hidden element's; it keeps hostile HTML
// linear.
const SEARCH_LIMIT = 4096;

// The longest character reference worth reading (`&CounterClockwiseContourIntegral;` is 33).
const ENTITY_LIMIT = 40;

/**
 * Places the text nodes of a block of raw HTML in its source, one after another, so extraction
 * can say where a name or title stands. The HTML parser gives text decoded (`&amp;` is `&`) and
 * without positions; the source is read again alongside it: markup is stepped over, a character
 * reference matches the one character it stands for, and a run of white space matches any other.
 * A text node that cannot be placed gets no pieces, and the next one is looked for from where
 * the last one placed ended.
 */
export class HtmlSourceMap {
  readonly #raw: string;
  readonly #line: number;
  readonly #column: number;
  #lineStarts: number[] | undefined;
  #cursor = 0;

  /** `start` is where the raw HTML begins in the body (1-based line and column). */
  constructor(raw: string, start: { line: number; column: number }) {
    this.#raw = raw;
    this.#line = start.line;
    this.#column = start.column;
  }

  /**
   * Appends the text node `value` to `text` with white space collapsed, and the pieces that map
   * it to the source to `pieces`. Returns the new text.
   */
  append(text: string, value: string, pieces: SourcePiece[]): string {
    const starts = this.#locate(value);
    // Built a word at a time, and whether it ends in a space kept here: reading the last
    // character of a string being built flattens it, on every space of a post.
    let out = text;
    let space = out.length === 0 || endsInSpace(out);
    const n = value.length;
    let i = 0;
    while (i < n) {
      if (isSpaceCode(value.charCodeAt(i))) {
        while (i < n && isSpaceCode(value.charCodeAt(i))) i++;
        if (!space) out += ' ';
        space = true;
        continue;
      }
      let j = i + 1;
      while (j < n && !isSpaceCode(value.charCodeAt(j))) j++;
      if (starts) this.#place(starts, i, j, out.length, pieces);
      out += value.slice(i, j);
      space = false;
      i = j;
    }
    if (starts) this.#cursor = starts[n]!;
    return out;
  }

  /**
   * The pieces of the word `value[from..to]`, which starts at `at` in the text: a run of
   * characters written as they are is one piece, a character reference another (at its `&`).
   */
  #place(starts: Int32Array, from: number, to: number, at: number, pieces: SourcePiece[]) {
    let k = from;
    while (k < to) {
      const source = starts[k]!;
      let m = k + 1;
      if (starts[m] === source + 1) {
        while (m < to && starts[m + 1] === starts[m]! + 1) m++;
      } else if (starts[m] === source && m < to) m++;
      this.#push(pieces, at + (k - from), m - k, source);
      k = m;
    }
  }

  /** Adds a piece, or lengthens the last one when the two are one run with a space between. */
  #push(pieces: SourcePiece[], at: number, length: number, source: number) {
    const { line, column } = this.#point(source);
    const last = pieces.at(-1);
    if (last && last.at + last.length + 1 === at && last.line === line) {
      if (last.column + last.length + 1 === column) {
        pieces[pieces.length - 1] = { ...last, length: last.length + 1 + length };
        return;
      }
    }
    pieces.push({ at, length, line, column });
  }

  /**
   * Where each character of `value` starts in the source, and where the last ends (at index
   * `value.length`), for its first place at or after the cursor; undefined when none is found.
   */
  #locate(value: string): Int32Array | undefined {
    const raw = this.#raw;
    const limit = Math.min(raw.length, this.#cursor + SEARCH_LIMIT);
    const first = firstVisible(value);
    if (first === -1) return undefined;
    let at = this.#cursor;
    while (at < limit) {
      const c = raw.charCodeAt(at);
      if (c === 0x3c /* < */) {
        at = this.#skipMarkup(at);
        continue;
      }
      // Most places fail at the first character: only a match there is worth a full try.
      if (!isSpaceCode(c) && this.#match(at, value, first) !== -1) {
        const starts = this.#placeAt(at, value, first);
        if (starts) return starts;
      }
      at++;
    }
    return undefined;
  }

  /** `#locate`'s answer when the first visible character of `value` stands at `at`. */
  #placeAt(at: number, value: string, first: number): Int32Array | undefined {
    const raw = this.#raw;
    const starts = new Int32Array(value.length + 1).fill(at);
    let r = at;
    for (let i = first; i < value.length; i++) {
      starts[i] = r;
      if (isSpaceCode(value.charCodeAt(i))) {
        // `&nbsp;` and its kind stand for a space too.
        if (raw.charCodeAt(r) === 0x26 /* & */) {
          r = this.#referenceEnd(r);
          if (r === -1) return undefined;
        }
        while (r < raw.length && isSpaceCode(raw.charCodeAt(r))) r++;
        continue;
      }
      const next = this.#match(r, value, i);
      if (next === -1) return undefined;
      const c = value.charCodeAt(i);
      // The second half of a pair stands where the first does when a reference wrote both.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length)
        starts[++i] = raw.charCodeAt(r) === 0x26 ? r : r + 1;
      r = next;
    }
    starts[value.length] = r;
    return starts;
  }

  /** The end of the source character(s) that stand for `value[i]` at `at`, or -1. */
  #match(at: number, value: string, i: number): number {
    const raw = this.#raw;
    const c = value.charCodeAt(i);
    const r = raw.charCodeAt(at);
    if (r === 0x26 /* & */) {
      const end = this.#referenceEnd(at);
      // A bare `&` stands for itself.
      return end === -1 ? (c === 0x26 ? at + 1 : -1) : end;
    }
    if (r !== c) return -1;
    if (c >= 0xd800 && c <= 0xdbff)
      return raw.charCodeAt(at + 1) === value.charCodeAt(i + 1) ? at + 2 : -1;
    return at + 1;
  }

  /** The end of the character reference (`&amp;`, `&#8217;`) that starts at `at`, or -1. */
  #referenceEnd(at: number): number {
    const raw = this.#raw;
    const limit = Math.min(raw.length, at + ENTITY_LIMIT);
    for (let i = at + 1; i < limit; i++) {
      const c = raw.charCodeAt(i);
      if (c === 0x3b /* ; */) return i > at + 1 ? i + 1 : -1;
      if (!((isWordCode(c) || c === 0x23) /* # */)) return -1;
    }
    return -1;
  }

  /** The end of the tag or comment that starts at `at`. */
  #skipMarkup(at: number): number {
    const raw = this.#raw;
    if (raw.startsWith('<!--', at)) {
      const end = raw.indexOf('-->', at + 4);
      return end === -1 ? raw.length : end + 3;
    }
    // A `>` inside a quoted attribute value does not end the tag.
    let quote = 0;
    for (let i = at + 1; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e /* > */) return i + 1;
    }
    return raw.length;
  }

  /** The body-relative line and column of a source offset. */
  #point(offset: number): { line: number; column: number } {
    this.#lineStarts ??= lineStarts(this.#raw);
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const line = lo - 1;
    const column = offset - starts[line]! + 1;
    return line === 0
      ? { line: this.#line, column: this.#column + column - 1 }
      : { line: this.#line + line, column };
  }
}

function endsInSpace(text: string): boolean {
  return text.length > 0 && isSpaceCode(text.charCodeAt(text.length - 1));
}

function firstVisible(value: string): number {
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return i;
  return -1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
