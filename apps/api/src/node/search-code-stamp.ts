import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let stamp: string | undefined;

/**
 * The version of the core's search code this process runs: what a prepared catalog's search
 * index was built by. The index holds what that code made of the records (their words, titles,
 * the context a hit shows), so one built by other code answers as that code did: a server
 * upgraded over a prepared file from before search hits had a `context` served hits without one
 * until the catalog file changed.
 *
 * Worked out as the core keys the search index it stores for a content directory: its package
 * version, and, run from a checkout (where the code changes without the version), a digest of
 * its `search/` sources. The core does not export that version, hence this copy of its rule.
 */
export function searchCodeStamp(): string {
  if (stamp !== undefined) return stamp;
  const entry = fileURLToPath(import.meta.resolve('@confnotes/content/portable'));
  const manifest = fileURLToPath(import.meta.resolve('@confnotes/content/package.json'));
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  let digest = '';
  if (entry.endsWith('.ts')) {
    const root = join(dirname(entry), 'search');
    const hash = createHash('sha256');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
    digest = `+src.${hash.digest('hex').slice(0, 12)}`;
  }
  stamp = `${version}${digest}`;
  return stamp;
}
