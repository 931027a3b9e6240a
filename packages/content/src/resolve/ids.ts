import { slugify } from '../parse/post-id.ts';

/**
 * Hands out ids from readable bases, in call order: the first `base` keeps it, later ones get
 * `-2`, `-3`. Callers feed records in a sorted order, so ids are the same on every run.
 */
export class IdAllocator {
  readonly #used = new Set<string>();
  // The next suffix worth trying per base: every one below it is taken, and taken ids are
  // never given back. Without it, n records of one base cost n^2 lookups.
  readonly #next = new Map<string, number>();

  /** The base an id of `text` is made from. */
  static baseOf(text: string, fallback: string): string {
    const full = slugify(text);
    // Long titles are cut at a word boundary, so ids stay readable in URLs.
    return (full.length > 72 ? full.slice(0, 72).replace(/-[^-]*$/, '') : full) || fallback;
  }

  take(text: string, fallback: string): string {
    return this.takeBase(IdAllocator.baseOf(text, fallback));
  }

  /** `take` of a text whose base is known (`baseOf`). */
  takeBase(base: string): string {
    let id = base;
    let n = this.#next.get(base) ?? 2;
    if (this.#used.has(id)) {
      for (id = `${base}-${n}`; this.#used.has(id); ) id = `${base}-${++n}`;
      this.#next.set(base, n + 1);
    }
    this.#used.add(id);
    return id;
  }
}
