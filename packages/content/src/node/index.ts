import type * as Posts from './load-posts.ts';
import type * as Records from './load-records.ts';
import type * as Cli from './run-cli.ts';
import type * as SearchJson from './search-index-json.ts';

export { resolveDuplicateIds } from '../resolve/duplicate-ids.ts';
export { catalogJson } from '../schema/catalog-json.ts';
export { searchIndexVersion } from './analysis-version.ts';
export { OutputStopped } from './cli-output.ts';
export { formatDiagnostic, runCheck } from './commands/check.ts';
export { contentDirProblem } from './commands/content-dir.ts';
export {
  type LoadCatalogOptions,
  type LoadedCatalog,
  loadCatalog,
  prepareCatalog,
} from './load-catalog.ts';
export { nodeVersionProblem } from './node-version.ts';
export type { ProgressStream } from './progress.ts';
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
// some 150 ms sooner. Their contracts are written out here too: a reference to the module
// would be all an editor shows a user of the package.

/**
 * Loads every article of a content directory: every good post (in path order, ids unique) and
 * every diagnostic; one broken file never hides the others.
 * @example const { posts, diagnostics } = await loadPosts('content');
 */
export const loadPosts: typeof Posts.loadPosts = async (...args) =>
  (await import('./load-posts.ts')).loadPosts(...args);

/**
 * Reads the curated events of `content/events/` (one YAML or JSON file per event); a record
 * that does not validate is reported at the line of the offending field and left out.
 * @example const { events, diagnostics } = await loadEvents('content');
 */
export const loadEvents: typeof Records.loadEvents = async (...args) =>
  (await import('./load-records.ts')).loadEvents(...args);

/**
 * Reads the curated corrections `speakers.yaml` and `talks.yaml` of a content directory;
 * entries that do not validate are reported and left out, the others apply.
 * @example const { curation, diagnostics } = await loadCuration('content');
 */
export const loadCuration: typeof Records.loadCuration = async (...args) =>
  (await import('./load-records.ts')).loadCuration(...args);

/**
 * Runs the `confnotes` command line and returns its exit code: 0 on success (warnings
 * included), 1 when the content has errors, 2 on a usage mistake or an unexpected error.
 * @example process.exitCode = await runCli(['check', 'content']);
 */
export const runCli: typeof Cli.runCli = async (...args) =>
  (await import('./run-cli.ts')).runCli(...args);

/**
 * The search index of documents `searchDocuments` made, as `JSON.stringify` writes it (what
 * `loadSearchIndex` reads), built on a worker thread for a large catalog.
 * @example const { json } = await searchIndexJson(searchDocuments(catalog), { storedTextLength: 400 });
 */
export const searchIndexJson: typeof SearchJson.searchIndexJson = async (...args) =>
  (await import('./search-index-json.ts')).searchIndexJson(...args);
