export { loadPosts } from './node/load-posts.ts';
export { type ArticleFile, readArticleFiles } from './node/read-article-files.ts';
export * from './parse/index.ts';
export * from './portable.ts';
