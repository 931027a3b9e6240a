export * from './extract/index.ts';
export { loadCatalog } from './node/load-catalog.ts';
export { loadPosts } from './node/load-posts.ts';
export { loadCuration, loadEvents } from './node/load-records.ts';
export { type ArticleFile, readArticleFiles } from './node/read-article-files.ts';
export * from './parse/index.ts';
export * from './portable.ts';
export * from './resolve/index.ts';
