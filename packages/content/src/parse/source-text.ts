import { createHash } from 'node:crypto';

/** An article's text as the parser reads it: BOM removed, line endings normalised to `\n`. */
export interface SourceText {
  readonly text: string;
  readonly digest: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes (strict UTF-8), drops a byte-order mark and turns CRLF and CR into LF, so line
 * numbers match what an editor shows. The digest hashes the original bytes.
 * @example readSourceText('\uFEFFtitle: x\r\n').text === 'title: x\n'
 */
export function readSourceText(source: string | Uint8Array): SourceText {
  const digest = createHash('sha256').update(source).digest('hex');
  let text = typeof source === 'string' ? source : decoder.decode(source);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text, digest };
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
