import { readChecked, writeChecked } from './checked-file.ts';

// What the last build saw of each article: size, modification time and cache key. A file
// whose size and time are unchanged keeps its key without being read again, as git's index
// does; a file modified within two seconds of that build is read anyway, since its time may
// not show a change made in the same instant.
const MAGIC = 'CNMF1';
const RACY_MS = 2000;

type Row = [size: number, mtimeMs: number, key: string];

interface Stored {
  readonly version: string;
  readonly startedAt: number;
  readonly files: Record<string, Row>;
}

/** The file facts `SourceManifest` compares. */
export interface FileStat {
  readonly path: string;
  readonly size?: number;
  readonly mtimeMs?: number;
}

/**
 * Cache keys of unchanged articles, as the previous build of a content directory recorded them.
 * A missing, damaged or other-version manifest knows nothing, and every file is read.
 */
export class SourceManifest {
  readonly #file: string;
  readonly #version: string;
  readonly #startedAt = Date.now();
  readonly #previous: Stored | undefined;

  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = version;
    const body = readChecked(file, MAGIC);
    try {
      const stored = body === undefined ? undefined : (JSON.parse(body) as Stored);
      if (stored?.version === version) this.#previous = stored;
    } catch {}
  }

  /** The key the last build computed for this file, when the file looks unchanged since. */
  keyOf(file: FileStat): string | undefined {
    const row = this.#previous?.files[file.path];
    if (!row || file.size === undefined || file.mtimeMs === undefined) return undefined;
    const [size, mtimeMs, key] = row;
    if (size !== file.size || mtimeMs !== file.mtimeMs) return undefined;
    if (mtimeMs >= this.#previous!.startedAt - RACY_MS) return undefined;
    return key;
  }

  /** Records this build's files and keys for the next build; failing to only costs reads. */
  save(files: readonly FileStat[], keys: ReadonlyMap<string, string>): void {
    const rows: Record<string, Row> = {};
    for (const f of files) {
      const key = keys.get(f.path);
      if (key !== undefined && f.size !== undefined && f.mtimeMs !== undefined)
        rows[f.path] = [f.size, f.mtimeMs, key];
    }
    // Unchanged files, none too recent to trust, keep the previous build's record as it is.
    const previous = this.#previous;
    if (
      previous &&
      Object.values(rows).every(([, mtimeMs]) => mtimeMs < previous.startedAt - RACY_MS) &&
      JSON.stringify(rows) === JSON.stringify(previous.files)
    )
      return;
    const body = JSON.stringify({
      version: this.#version,
      startedAt: this.#startedAt,
      files: rows,
    });
    writeChecked(this.#file, MAGIC, body);
  }
}
