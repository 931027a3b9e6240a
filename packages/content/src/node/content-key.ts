import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the curated records `loadEvents` and `loadCuration` read, when it may be read. */
function recordFiles(dir: string): string[] {
  let events: string[] = [];
  try {
    events = readdirSync(join(dir, 'events'))
      .filter((n) => /\.(ya?ml|json)$/i.test(n))
      .sort()
      .map((n) => `events/${n}`);
  } catch {}
  return [...events, 'speakers.yaml', 'talks.yaml'];
}

/**
 * A digest of the curated records of a content directory (`events/`, `speakers.yaml`,
 * `talks.yaml`) from their names and bytes: equal digests, equal records and diagnostics.
 * @example recordsDigest('content') // 'b3f0...'
 */
export function recordsDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of recordFiles(dir)) {
    hash.update(`${file}\u0000`);
    try {
      // A named pipe or a device would block the build here, waiting for bytes that may never
      // come; `loadCuration` and `loadEvents` report it as no file either.
      if (!statSync(join(dir, file)).isFile()) {
        hash.update('!not-a-file\u0000');
        continue;
      }
      const bytes = readFileSync(join(dir, file));
      hash.update(`${bytes.length}\u0000`).update(bytes);
    } catch (error) {
      hash.update(`!${(error as NodeJS.ErrnoException).code ?? 'unreadable'}\u0000`);
    }
  }
  return hash.digest('hex');
}

/**
 * The key of everything a catalog is built from: the code's version, the curated records'
 * digest and each article's path and cache key (itself a digest of the article's bytes).
 */
export function contentKey(
  version: string,
  records: string,
  articles: readonly { readonly path: string; readonly key: string }[],
): string {
  const hash = createHash('sha256').update(`${version}\u0000${records}\u0000`);
  for (const a of articles) hash.update(`${a.path}\u0000${a.key}\u0000`);
  return hash.digest('hex');
}
