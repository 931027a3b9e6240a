// A child process of `prepareStoredSearchIndex`: stores the search index of one content
// directory's catalog, says what it stored, and exits, giving all of its memory back.
import { setPriority } from 'node:os';
import { type StoredSearchOptions, writeStoredSearchIndex } from './stored-search-index.ts';

const [dir, cacheDir, drafts] = process.argv.slice(2) as [string, string | undefined, string?];
const options: StoredSearchOptions = {
  cacheDir: cacheDir === '' ? false : cacheDir,
  ...(drafts ? { drafts: drafts === 'true' } : {}),
};
// Lowest priority, so the process that started it (a server answering requests) gets the cores
// first.
try {
  setPriority(19);
} catch {
  // Not allowed here: run at the usual priority.
}
// Nothing to store for a parent that has gone.
process.once('disconnect', () => process.exit(0));
try {
  const stored = await writeStoredSearchIndex(dir, options);
  process.send?.({ stored: stored ?? null }, () => process.exit(0));
} catch (error) {
  process.send?.({ error: (error as Error).message }, () => process.exit(1));
}
