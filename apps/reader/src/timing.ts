// Timings for the benchmark (CONFNOTES_READER_TIMING=1): when a key arrived, so the frame it
// causes can report how long the reader took, from the reader's own clock, and how much CPU time
// it spent on it (on a loaded machine the wall clock also counts the time other processes ran).

let keyAt: number | undefined;
let cpuAt: NodeJS.CpuUsage | undefined;

/** Notes that a key was read now. */
export function markKey(): void {
  keyAt = performance.now();
  cpuAt = process.cpuUsage();
}

/**
 * Milliseconds since the last key was read and CPU milliseconds this process used since, once
 * per key (undefined if already reported).
 */
export function takeKeyLatency(): { ms: number; cpuMs: number } | undefined {
  if (keyAt === undefined) return undefined;
  const ms = performance.now() - keyAt;
  const cpu = process.cpuUsage(cpuAt);
  keyAt = undefined;
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}
