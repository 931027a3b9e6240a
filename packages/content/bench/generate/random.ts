// A small seeded generator, so a corpus is the same for the same seed on every machine.

/** Random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export type Random = () => number;

export function random(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An integer in [min, max]. */
export const int = (r: Random, min: number, max: number): number =>
  min + Math.floor(r() * (max - min + 1));

export const pick = <T>(r: Random, items: readonly T[]): T =>
  items[Math.floor(r() * items.length)]!;

export const chance = (r: Random, p: number): boolean => r() < p;

/** `count` distinct items, in random order. */
export function sample<T>(r: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length)
    out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
}

export const capitalize = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
