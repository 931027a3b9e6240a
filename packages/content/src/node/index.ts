export { catalogJson } from '../schema/catalog-json.ts';
export { formatDiagnostic, runCheck } from './commands/check.ts';
export { loadCatalog, prepareCatalog } from './load-catalog.ts';
export { loadPosts, resolveDuplicateIds } from './load-posts.ts';
export { loadCuration, loadEvents } from './load-records.ts';
export { nodeVersionProblem } from './node-version.ts';
export { type ArticleFile, readArticleFiles } from './read-article-files.ts';
export { type CliOutput, type Command, runCli } from './run-cli.ts';
export { type SearchIndexText, searchIndexJson } from './search-index-json.ts';
export {
  prepareStoredSearchIndex,
  readStoredSearchIndex,
  type SearchPreparation,
  type StoredSearch,
  type StoredSearchOptions,
  storedSearchKey,
  writeStoredSearchIndex,
} from './stored-search-index.ts';
