// The vocabulary of an index build: term → dense id. Index building looks up every word of every
// record, so ASCII words are hashed and compared straight from the text they occur in, lowered on
// the fly; a string is made only the first time a term is seen.
import { asciiSymbolsAt } from './tokenize.ts';

const EMPTY = 0;

/** A term id that is never handed out: a word the index skips (a stop word). */
export const SKIPPED = -1;

const PLUS = 43;
const HASH = 35;
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isAsciiWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

export class TermTable {
  /** Terms by id, in first-seen order. */
  readonly terms: string[] = [];
  private hashes: number[] = [];
  private skipped = new Set<number>();
  // Open addressing: slot → id + 1, 0 when empty.
  private slots = new Int32Array(1 << 12);

  constructor(skip: Iterable<string> = []) {
    for (const word of skip) this.skipped.add(this.idOf(word));
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of an already folded term, added when new; `SKIPPED` for a skipped word. */
  idOf(term: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return this.add(term, hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash && this.terms[id] === term) {
        return this.skipped.has(id) ? SKIPPED : id;
      }
    }
  }

  /**
   * Pushes the id of every word of an all-ASCII `text` (letters and digits, and the symbols of a
   * name such as C++, folded to lower case)
   * into `out`, stop words left out; what `indexTerms` gives for such a text, without its strings.
   */
  asciiIds(text: string, out: (id: number) => void): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      while (i < length && !isAsciiWordCode(text.charCodeAt(i))) i++;
      if (i === length) return;
      const start = i;
      let hash = 0x811c9dc5;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (!isAsciiWordCode(code)) break;
        hash = Math.imul(hash ^ lower(code), 0x01000193);
      }
      // The symbols of a name (C++, C#) are part of its term; lowering leaves them as they are.
      // Most words end at a space or a stop: one comparison leaves them be.
      const after = text.charCodeAt(i);
      if (after === PLUS || after === HASH) {
        for (let symbols = asciiSymbolsAt(text, i); symbols > 0; symbols--, i++) {
          hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        }
      }
      const id = this.find(text, start, i, hash);
      if (id !== SKIPPED) out(id);
    }
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return this.add(text.slice(start, end).toLowerCase(), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const term = this.terms[id]!;
      if (term.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (term.charCodeAt(k) !== lower(text.charCodeAt(start + k))) {
          same = false;
          break;
        }
      }
      if (same) return this.skipped.has(id) ? SKIPPED : id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    // Keep the table at most half full, so probes stay short.
    if (this.terms.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    this.slots = slots;
  }
}
