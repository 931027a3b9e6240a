// The part of Astro's `LoaderContext` (astro/loaders) this loader uses, written out so the core
// package needs no dependency on Astro: Astro's own context is assignable to it.

export type StoredEntry = {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  body?: string;
  digest?: number | string;
  rendered?: {
    html: string;
    metadata?: { headings?: { depth: number; slug: string; text: string }[] };
  };
};

export type LoaderStore = {
  /** The entry stored under `key`, by this build or, restored from disk, by the previous one. */
  get?(key: string): { digest?: number | string; data?: Record<string, unknown> } | undefined;
  set(entry: StoredEntry): boolean;
  delete(key: string): void;
  keys(): string[];
};

/** A collection's own key-value store beside its entries (Astro's `MetaStore`). */
export type LoaderMeta = {
  get?(key: string): string | undefined;
  has(key: string): boolean;
  set(key: string, value: string): void;
  delete(key: string): void;
};

export type LoaderLogger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

export type LoaderWatcher = {
  add(paths: string | readonly string[]): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
};

export type ConfnotesLoaderContext = {
  collection: string;
  store: LoaderStore;
  meta?: LoaderMeta;
  logger: LoaderLogger;
  config: { root: URL; cacheDir?: URL; publicDir?: URL };
  parseData<T extends Record<string, unknown>>(props: {
    id: string;
    data: T;
    filePath?: string;
  }): Promise<T>;
  generateDigest(data: Record<string, unknown> | string): string;
  watcher?: LoaderWatcher;
};
