export { type ArticleSource, analyzeArticles } from './analyze.ts';
export { buildCatalog, type CatalogInput } from './build-catalog.ts';
export { checkReferences } from './check-references.ts';
export { inferEvent, matchEvent } from './events.ts';
