/** Milliseconds of the fastest of `runs` calls: the least disturbed by a loaded machine. */
export function fastest(run: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How much longer a 4x larger input takes: about 4 when linear, 16 when quadratic. Both sizes
 * get a floor of 5 ms, so timer noise on tiny inputs cannot fake a large ratio.
 */
export function growth(run: (size: number) => unknown, size: number): number {
  // The smallest of three measured ratios: another process stealing the CPU during one run
  // inflates one ratio, while quadratic work inflates all three.
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= 4; attempt++) {
    const small = fastest(() => run(size));
    const large = fastest(() => run(size * 4));
    best = Math.min(best, Math.max(large, 5) / Math.max(small, 5));
  }
  return best;
}
