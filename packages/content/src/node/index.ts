export { formatDiagnostic, runCheck } from './commands/check.ts';
export { loadPosts, resolveDuplicateIds } from './load-posts.ts';
export { nodeVersionProblem } from './node-version.ts';
export { type ArticleFile, readArticleFiles } from './read-article-files.ts';
export { type CliOutput, type Command, runCli } from './run-cli.ts';
