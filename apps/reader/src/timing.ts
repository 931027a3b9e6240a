// Timings for the benchmark (CONFNOTES_READER_TIMING=1): when a key arrived, so the frame it
// causes can report how long the reader took, from the reader's own clock.

let keyAt: number | undefined;

/** Notes that a key was read now. */
export function markKey(): void {
  keyAt = performance.now();
}

/** Milliseconds since the last key was read, once per key (undefined if already reported). */
export function takeKeyLatency(): number | undefined {
  if (keyAt === undefined) return undefined;
  const ms = performance.now() - keyAt;
  keyAt = undefined;
  return ms;
}
