import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '@confnotes/content/portable';
import { parseJsonByItems } from './json-by-items.ts';
import type { LoadCatalog } from './load-catalog.ts';
import { readPreparedCatalog, readPreparedSearch } from './prepared-catalog.ts';

const LISTS = ['posts', 'talks', 'speakers', 'events', 'diagnostics'] as const;

// The API runs from a checkout, where the core's CLI is a root script, not an `npx` command.
const WRITE_ONE = 'Write one with `npm run confnotes -- export --out <file>`.';

/** A CATALOG_FILE that holds no catalog: the server says so in a line, not a stack trace. */
export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
}

/**
 * Reads a catalog built earlier (`confnotes export`, or the Workers build's `catalog.json`), so a
 * large one starts serving without parsing any article. Its shape is checked (version and lists),
 * not every record: the file is one the core wrote and validated, and checking 50,000 posts again
 * would take longer than the whole start-up is allowed.
 * @example const catalog = await readCatalogFile('dist/catalog.json');
 */
export async function readCatalogFile(file: string): Promise<Catalog> {
  return (await readCatalogText(file)).catalog;
}

// V8's longest string, in UTF-16 code units: a file of more bytes may not fit in one.
const MAX_TEXT = 0x1fffffe8;

/** The catalog in a file, its text (when it fits in a string), and its version tag. */
export async function readCatalogText(
  file: string,
): Promise<{ catalog: Catalog; text: { json?: string; tag: string } }> {
  // The bytes go once they are text: a large file is not held three times (bytes, text,
  // records) while it is parsed.
  if ((await stat(file)).size <= MAX_TEXT)
    return parseCatalogJson(file, catalogTextOf(await readFile(file)));
  return parseCatalogText(file, await readFile(file));
}

/**
 * `readCatalogText` for bytes already read, hashed here unless `tag` is given. A file too large
 * for one string (some 50,000 posts) is parsed a list item at a time, and has no text.
 */
export function parseCatalogText(
  file: string,
  bytes: Buffer,
  tag?: string,
  maxText = MAX_TEXT,
): { catalog: Catalog; text: { json?: string; tag: string } } {
  if (bytes.length <= maxText) return parseCatalogJson(file, catalogTextOf(bytes, tag));
  let json: unknown;
  try {
    json = parseJsonByItems(bytes);
  } catch (error) {
    throw new CatalogFileError(
      `CATALOG_FILE ${file} is not JSON: ${(error as Error).message}. ${WRITE_ONE}`,
    );
  }
  return {
    catalog: checkedCatalog(file, json),
    text: { tag: tag ?? catalogTag(bytes) },
  };
}

/**
 * A catalog file's text and version tag: a native digest of its bytes, hashed on this thread.
 * WebCrypto's digest would hash on the thread pool, but first copies the bytes (the file's size
 * again in memory, and about as long to copy as to hash).
 */
export function catalogTextOf(bytes: Buffer, tag?: string): { text: string; tag: string } {
  return { tag: tag ?? catalogTag(bytes), text: bytes.toString('utf8') };
}

/** The version tag of a catalog file: the same bytes, served by Node or by Workers, give one. */
export function catalogTag(bytes: Buffer | string): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 24);
}

/** The catalog of a catalog file's text, checked for its shape. */
export function parseCatalogJson(
  file: string,
  { text, tag }: { text: string; tag: string },
): { catalog: Catalog; text: { json: string; tag: string } } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogFileError(
      `CATALOG_FILE ${file} is not JSON: ${(error as Error).message}. ${WRITE_ONE}`,
    );
  }
  return { catalog: checkedCatalog(file, json), text: { json: text, tag } };
}

/** The parsed JSON of a catalog file as a catalog, when it has a catalog's shape. */
function checkedCatalog(file: string, json: unknown): Catalog {
  const catalog = json as Partial<Record<string, unknown>> | null;
  const missing = LISTS.find((list) => !Array.isArray(catalog?.[list]));
  if (catalog?.version !== 1 || missing) {
    throw new CatalogFileError(
      `CATALOG_FILE ${file} is not a confnotes catalog (version 1 with ${LISTS.join(', ')})${missing ? `: it has no ${missing} list` : ''}. ${WRITE_ONE}`,
    );
  }
  return json as Catalog;
}

export interface CatalogFileOptions {
  /**
   * After reading the whole file, write its prepared form beside it (`<file>.prepared`) in a
   * worker thread, so the next start reads that instead. Off by default.
   */
  readonly prepare?: boolean;
  readonly log?: (message: string) => void;
}

/** A `LoadCatalog` over one catalog file, and the worker preparing it, if one is running. */
export interface CatalogFileLoader extends LoadCatalog {
  /** Stops a preparation still running; its temporary file is left for the next one to replace. */
  close(): Promise<void>;
}

const sameStamp = (file: string, size: bigint, mtimeNs: bigint) => {
  const now = statSync(file, { bigint: true });
  return now.size === size && now.mtimeNs === mtimeNs;
};

/**
 * The body of `/api/catalog`: the file's own text, read when first asked for, or, should the
 * file have changed since it was read, the catalog being served written out (the same records).
 */
function fileJson(file: string, size: bigint, mtimeNs: bigint, catalog: Catalog): () => string {
  return () => {
    if (sameStamp(file, size, mtimeNs)) {
      const text = readFileSync(file, 'utf8');
      if (sameStamp(file, size, mtimeNs)) return text;
    }
    return JSON.stringify(catalog);
  };
}

/**
 * A `LoadCatalog` that reads one catalog file, whatever directory it is asked for: from its
 * prepared form when one was written for the file as it is (see `prepared-catalog.ts`), else the
 * whole file.
 */
export function catalogFileLoader(
  file: string,
  options: CatalogFileOptions = {},
): CatalogFileLoader {
  let worker: Worker | undefined;
  const load = async () => {
    const prepared = readPreparedCatalog(file);
    if (prepared) {
      const { catalog, tag, search } = prepared;
      const { size, mtimeNs } = statSync(file, { bigint: true });
      return {
        catalog,
        diagnostics: catalog.diagnostics,
        text: { json: fileJson(file, size, mtimeNs, catalog), tag, search },
        from: 'prepared file',
      };
    }
    // Taken before reading: a file changed while it is read is never served as this one.
    const stamp = statSync(file, { bigint: true });
    // Not the text just parsed: kept for `/api/catalog`, it would hold the file's size in
    // memory for as long as the catalog is served.
    const {
      catalog,
      text: { tag },
    } = await readCatalogText(file);
    const text = {
      json: fileJson(file, stamp.size, stamp.mtimeNs, catalog),
      tag,
      // Should the prepared file be written by the time the first search comes, its index is
      // read rather than built again here (seconds for a large catalog, with the event loop held).
      search: () => readPreparedSearch(file, tag),
    };
    if (options.prepare && !worker) {
      const log = options.log ?? console.log;
      const started = performance.now();
      worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), {
        workerData: { file },
      });
      worker.unref();
      worker.once('message', (target: string) => {
        log(
          `Prepared ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s: the next start reads it.`,
        );
      });
      worker.once('error', (error) =>
        log(`Could not prepare ${file} for a quicker start: ${error.message}`),
      );
      worker.once('exit', () => {
        worker = undefined;
      });
    }
    return { catalog, diagnostics: catalog.diagnostics, text, from: 'catalog file' };
  };
  return Object.assign(load, {
    close: async () => {
      await worker?.terminate();
    },
  });
}
