// The search index of a content directory's catalog, kept in its cache beside the stored catalog.
// Building the index of 50,000 posts takes seconds; reading it back takes a fraction of one. A
// server reads it on its first search and writes it, in a process of its own, after it starts.
import { fork } from 'node:child_process';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from '../search/search-index.ts';
import { searchIndexVersion } from './analysis-version.ts';
import { contentCacheDir, defaultCacheDir } from './cache-dir.ts';
import { loadCatalog } from './load-catalog.ts';
import { readAllAt, readOpen, writeAllAt } from './positioned-io.ts';

export interface StoredSearchOptions {
  /** The cache directory `loadCatalog` was given; its default when absent. */
  readonly cacheDir?: string | false;
  /** The `drafts` `loadCatalog` was given: the index is made of that catalog. */
  readonly drafts?: boolean;
}

/** What was stored: the key of the catalog the index was made from, and where. */
export interface StoredSearch {
  readonly key: string;
  readonly file: string;
}

// A fixed room for the header keeps the index 8-byte aligned in the file and in memory, as its
// typed arrays need.
const HEAD = 512;
const MAGIC = 'CNSX1';

const fileOf = (dir: string, options: StoredSearchOptions) => {
  const root = options.cacheDir ?? defaultCacheDir(dir);
  return root === false ? undefined : join(contentCacheDir(dir, root), 'search-index');
};

interface Head {
  readonly key: string;
  readonly length: number;
  readonly crc: number;
}

function readHead(fd: number): Head | undefined {
  const head = Buffer.alloc(HEAD);
  if (readAllAt(fd, head, 0, HEAD, 0) < HEAD) return undefined;
  const [magic, version, key, length, crc] = head.toString('latin1').trimEnd().split(' ');
  if (magic !== MAGIC || version !== searchIndexVersion() || !key) return undefined;
  return { key, length: Number(length), crc: Number(crc) };
}

/** `read` of the open stored index of `dir` and its head, when there is one this code wrote. */
function withStored<T>(
  dir: string,
  options: StoredSearchOptions,
  read: (fd: number, head: Head) => T | undefined,
): T | undefined {
  const file = fileOf(dir, options);
  if (!file) return undefined;
  return readOpen(file, (fd) => {
    const head = readHead(fd);
    return head && read(fd, head);
  });
}

/**
 * The key of the catalog the stored search index of `dir` was made from, when there is one this
 * code can read (without reading the index).
 */
export function storedSearchKey(
  dir: string,
  options: StoredSearchOptions = {},
): string | undefined {
  return withStored(dir, options, (_, head) => head.key);
}

/**
 * The search index `createSearchIndex` makes of the catalog `loadCatalog` built of `dir` with
 * `key`, when one was stored for that key: undefined when there is none, it is of another
 * catalog or another version of the code, or it is damaged.
 * @example const search = readStoredSearchIndex('content', key) ?? createSearchIndex(catalog);
 */
export function readStoredSearchIndex(
  dir: string,
  key: string,
  options: StoredSearchOptions = {},
): SearchIndex | undefined {
  return withStored(dir, options, (fd, head) => {
    if (head.key !== key || fstatSync(fd).size !== HEAD + head.length) return undefined;
    // Memory of its own from offset 0, aligned for the index's typed arrays, and not zeroed
    // first: it is read over whole.
    const bytes = Buffer.allocUnsafeSlow(head.length);
    if (readAllAt(fd, bytes, 0, head.length, HEAD) < head.length) return undefined;
    return crc32(bytes) === head.crc ? loadSearchIndex(bytes) : undefined;
  });
}

/**
 * Builds the catalog of `dir` (from the cache, as `loadCatalog` does), makes its search index and
 * stores it for `readStoredSearchIndex`. Written under a temporary name and renamed, so a
 * reader never sees half of it. Undefined when there is no cache directory to keep it in.
 */
export async function writeStoredSearchIndex(
  dir: string,
  options: StoredSearchOptions = {},
): Promise<StoredSearch | undefined> {
  const file = fileOf(dir, options);
  if (!file) return undefined;
  // Said at once, and why (a file where the folder should be, say): the catalog would be
  // built without the cache, all for an index with nowhere to go.
  mkdirSync(dirname(file), { recursive: true });
  // One thread: this runs beside a server, which keeps the other cores.
  let built: Awaited<ReturnType<typeof loadCatalog>> | undefined = await loadCatalog(dir, {
    cacheDir: options.cacheDir,
    workers: 1,
    ...(options.drafts !== undefined ? { drafts: options.drafts } : {}),
  });
  const { key } = built;
  if (!key) return undefined;
  const bytes = createSearchIndex(built.catalog).toBytes();
  built = undefined;
  const head = Buffer.alloc(HEAD, ' ');
  head.write(`${MAGIC} ${searchIndexVersion()} ${key} ${bytes.length} ${crc32(bytes)}`, 'latin1');
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    removeAbandoned(file);
    const fd = openSync(temporary, 'w');
    try {
      writeAllAt(fd, head, 0);
      writeAllAt(fd, bytes, HEAD);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { key, file };
}

/** Removes what writers of `file` that were stopped midway left: their process is gone. */
function removeAbandoned(file: string): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH')
        rmSync(join(dirname(file), name), { force: true });
    }
  }
}

/** A search index being stored in a process of its own. */
export interface SearchPreparation {
  /** What was stored, or undefined when nothing was (stopped, failed, or no cache directory). */
  readonly done: Promise<StoredSearch | undefined>;
  /** Stops the process; a temporary file it leaves is removed by the next preparation. */
  stop(): Promise<void>;
}

// Beside this file: `.ts` in the repository (Node strips the types), `.js` once built.
const childFile = fileURLToPath(
  new URL(
    `./stored-search-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
    import.meta.url,
  ),
);

/**
 * `writeStoredSearchIndex` in a child process at the lowest priority, so a server that has just
 * started keeps answering (and keeps the cores) while the index of a large catalog is made. A
 * process rather than a thread: making the index of 50,000 posts takes some 1.5 GB for a while,
 * which a thread's allocator keeps from the server long after. `done` rejects when the process
 * fails. Neither the process nor `done` keeps the caller running, and the process stops when
 * the caller exits: a script that waits for the index calls `writeStoredSearchIndex` instead.
 * @example
 * // In a server, which runs on anyway:
 * const { done, stop } = prepareStoredSearchIndex('content');
 * done.then((stored) => console.log(stored?.file)); // call stop() when the server closes
 */
export function prepareStoredSearchIndex(
  dir: string,
  options: StoredSearchOptions = {},
): SearchPreparation {
  const cacheDir = options.cacheDir === false ? '' : (options.cacheDir ?? defaultCacheDir(dir));
  const drafts = options.drafts === undefined ? '' : String(options.drafts);
  const child = fork(childFile, [dir, cacheDir, drafts], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  let answer: { stored?: StoredSearch | null; error?: string } = {};
  child.once('message', (message: typeof answer) => {
    answer = message;
  });
  // Neither the process nor its channel holds open a parent that has nothing else to do.
  child.unref();
  child.channel?.unref();
  const done = new Promise<StoredSearch | undefined>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 || signal) resolve(answer.stored ?? undefined);
      else reject(new Error(answer.error ?? `The process storing the index exited with ${code}.`));
    });
  });
  return {
    done,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
