import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let stamp: string | undefined;

const isCode = (file: string) =>
  /\.(ts|js|mjs)$/.test(file) && !/\.test\.(ts|js)$|\.d\.ts$/.test(file);

/**
 * A digest of the code that makes the API's answers: its own sources and the core's, as this
 * process runs them (the core's `src/` in a checkout, its `dist/` where it is installed). Part
 * of every ETag: an answer is a function of the catalog, the URL and this code, and an upgrade
 * that changes answers (search hits that gained a `context`) under unchanged ETags had every
 * cache that revalidated keep the old answer, 304 after 304, until the catalog changed.
 * Read once per process (some 20 ms); `buildWorker` writes it into a Workers build, so both
 * answer one catalog with one ETag when they run the same code.
 * @example codeStamp() // 'c1d2e3f4a5b6'
 */
export function codeStamp(): string {
  if (stamp !== undefined) return stamp;
  const hash = createHash('sha256');
  const roots = [
    fileURLToPath(new URL('..', import.meta.url)),
    dirname(fileURLToPath(import.meta.resolve('@confnotes/content/portable'))),
  ];
  for (const root of roots) {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(isCode).sort();
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(root, file)));
  }
  stamp = hash.digest('hex').slice(0, 12);
  return stamp;
}
