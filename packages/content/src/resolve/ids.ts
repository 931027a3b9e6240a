import { slugify } from '../parse/post-id.ts';

/**
 * Hands out ids from readable bases, in call order: the first `base` keeps it, later ones get
 * `-2`, `-3`. Callers feed records in a sorted order, so ids are the same on every run.
 */
export class IdAllocator {
  readonly #used = new Set<string>();

  take(text: string, fallback: string): string {
    const full = slugify(text);
    // Long titles are cut at a word boundary, so ids stay readable in URLs.
    const base = (full.length > 72 ? full.slice(0, 72).replace(/-[^-]*$/, '') : full) || fallback;
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}
