// The thread of `startHeadStart`: brings a content directory's cache up to date and says so
// at once, without waiting for the threads it parsed on to end.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareCatalog } from '../node/load-catalog.ts';
import type { HeadStartJob } from './head-start.ts';

const { dir, cacheDir, workers } = workerData as HeadStartJob;
await prepareCatalog(dir, {
  ...(cacheDir !== undefined ? { cacheDir } : {}),
  ...(workers !== undefined ? { workers } : {}),
});
parentPort?.postMessage('ready');
