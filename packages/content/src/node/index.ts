import type * as Posts from './load-posts.ts';
import type * as Records from './load-records.ts';
import type * as Cli from './run-cli.ts';
import type * as SearchJson from './search-index-json.ts';

export { resolveDuplicateIds } from '../resolve/duplicate-ids.ts';
export { catalogJson } from '../schema/catalog-json.ts';
export { formatDiagnostic, runCheck } from './commands/check.ts';
export { loadCatalog, prepareCatalog } from './load-catalog.ts';
export { nodeVersionProblem } from './node-version.ts';
export { type ArticleFile, readArticleFiles } from './read-article-files.ts';
export type { CliOutput, Command } from './run-cli.ts';
export type { SearchIndexText } from './search-index-json.ts';
export {
  prepareStoredSearchIndex,
  readStoredSearchIndex,
  type SearchPreparation,
  type StoredSearch,
  type StoredSearchOptions,
  storedSearchKey,
  writeStoredSearchIndex,
} from './stored-search-index.ts';

// The functions below load their modules (the parser, the YAML of curated records, the CLI's
// commands) when first called: a server that only reads a stored catalog starts without them,
// some 150 ms sooner.

/** See `loadPosts` in `./load-posts.ts`. */
export const loadPosts: typeof Posts.loadPosts = async (...args) =>
  (await import('./load-posts.ts')).loadPosts(...args);

/** See `loadEvents` in `./load-records.ts`. */
export const loadEvents: typeof Records.loadEvents = async (...args) =>
  (await import('./load-records.ts')).loadEvents(...args);

/** See `loadCuration` in `./load-records.ts`. */
export const loadCuration: typeof Records.loadCuration = async (...args) =>
  (await import('./load-records.ts')).loadCuration(...args);

/** See `runCli` in `./run-cli.ts`. */
export const runCli: typeof Cli.runCli = async (...args) =>
  (await import('./run-cli.ts')).runCli(...args);

/** See `searchIndexJson` in `./search-index-json.ts`. */
export const searchIndexJson: typeof SearchJson.searchIndexJson = async (...args) =>
  (await import('./search-index-json.ts')).searchIndexJson(...args);
