import type { LoadCatalog } from './catalog-source.ts';
import { takeHeadStart } from './head-start.ts';
import { nativeLoadCatalog } from './native-node.ts';

/** How the catalog is read from the file system: see `loadCatalog` in `../node`. */
export type ReadOptions = {
  readonly cacheDir?: string | false;
  readonly workers?: number;
  readonly drafts?: boolean;
};

/**
 * Reads the catalog of a directory with the core's `loadCatalog`, once the head start of that
 * directory, if one was started, has brought its cache up to date.
 */
export const fileSystemLoad =
  (options: ReadOptions): LoadCatalog =>
  async (dir) => {
    const [loadCatalog] = await Promise.all([nativeLoadCatalog(), takeHeadStart(dir)]);
    return loadCatalog(dir, {
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      // A site publishes: drafts, and what only they report, unless asked for (a preview).
      drafts: options.drafts ?? false,
    });
  };
