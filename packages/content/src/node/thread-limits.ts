import type { ResourceLimits } from 'node:worker_threads';

/**
 * Limits for the package's worker threads. A thread's young generation may otherwise grow to
 * 192 MB, as the main thread's does: the threads make much short-lived garbage, and a cold build
 * of 10,000 posts peaked some 100 MB higher with that default at no gain in speed.
 */
export const THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 32 };
