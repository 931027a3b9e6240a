/**
 * Which words of a title have been paired with a word of another, as titles are compared:
 * the bits of a number up to 31 words, a byte each past that. Titles are compared millions of
 * times in a large build, and a typed array for each comparison was some 350 MB of its garbage
 * at 50,000 posts; a small object that never leaves the comparison costs next to nothing.
 */
export class UsedWords {
  #bits = 0;
  readonly #bytes: Uint8Array | undefined;

  constructor(words: number) {
    this.#bytes = words > 31 ? new Uint8Array(words) : undefined;
  }

  has(k: number): boolean {
    return this.#bytes ? this.#bytes[k] === 1 : (this.#bits & (1 << k)) !== 0;
  }

  add(k: number): void {
    if (this.#bytes) this.#bytes[k] = 1;
    else this.#bits |= 1 << k;
  }
}
