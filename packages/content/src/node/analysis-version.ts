import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Bump when parsing or extraction changes what it gives for the same article: every cached
// analysis made by another revision is then ignored and rebuilt. Releases change the version
// too, through the package version.
const ANALYSIS_REVISION = 109;

// src/node/ and dist/node/ both sit two folders below the package root.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The folders whose code decides what an analysis, the merge memo or the catalog snapshot
// holds. An edit elsewhere (the search index, the Astro loader, queries) keeps the cache.
const ANALYSIS_CODE = new Set(['parse', 'extract', 'resolve', 'schema', 'node']);

/**
 * A digest of the package's own source in `folders` when it runs from source (in its
 * repository), where the code changes without the version: an edit to the parser then
 * invalidates the cache too.
 */
function sourceDigest(folders: ReadonlySet<string>): string {
  if (!import.meta.url.endsWith('.ts')) return '';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && folders.has(f.split(/[\\/]/)[0]!),
    )
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(`${root}${f}`));
  return `+src.${hash.digest('hex').slice(0, 12)}`;
}

/** The version cached analyses are keyed by: the analysis revision and the package version. */
export const ANALYSIS_VERSION = `${ANALYSIS_REVISION}+${pkg.version}${sourceDigest(ANALYSIS_CODE)}`;

let searchVersion: string | undefined;

/**
 * The version a stored search index is kept by, beside its catalog's key: the code that
 * tokenizes and ranks decides what the index holds. Worked out when first needed, as a server
 * that never stores an index need not read the search code at its start.
 */
export function searchIndexVersion(): string {
  searchVersion ??= `${pkg.version}${sourceDigest(new Set(['search']))}`;
  return searchVersion;
}
