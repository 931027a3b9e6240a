// A small, fast, seeded generator (mulberry32), so a fuzz run or a benchmark catalog is the
// same for the same seed on every machine.

/** Random numbers in [0, 1) from a 32-bit seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
