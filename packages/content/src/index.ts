export * from './extract/index.ts';
export { type LoadCatalogOptions, loadCatalog } from './node/load-catalog.ts';
export { loadPosts } from './node/load-posts.ts';
export { loadCuration, loadEvents } from './node/load-records.ts';
export { type ArticleFile, readArticleFiles } from './node/read-article-files.ts';
export * from './parse/index.ts';
// Not in the portable part: it reads headings as the catalog does, through the Markdown engine.
export { titleHeading } from './parse/title-heading.ts';
export * from './portable.ts';
export * from './resolve/index.ts';
