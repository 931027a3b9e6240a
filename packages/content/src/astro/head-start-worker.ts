// The thread of `startHeadStart`: brings a content directory's cache up to date and says so
// at once, without waiting for the threads it parsed on to end.
import { enableCompileCache, flushCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { HeadStartThreadData } from './head-start.ts';

const { dir, cacheDir, workers, drafts, compileCache } = workerData as HeadStartThreadData;
// Before the parser is loaded (hence the import below, not at the top), so that it compiles
// with the cache.
if (compileCache) enableCompileCache(compileCache);
const { prepareCatalog } = await import('../node/load-catalog.ts');
await prepareCatalog(dir, {
  ...(cacheDir !== undefined ? { cacheDir } : {}),
  ...(workers !== undefined ? { workers } : {}),
  drafts: drafts ?? false,
});
parentPort?.postMessage('ready');
// The process may outlive the thread by far (a dev server): what it compiled is kept now.
if (compileCache) flushCompileCache();
