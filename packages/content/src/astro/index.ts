export { type BundleFilePath, bundleFilePaths } from './bundle-file-paths.ts';
export type { CatalogResult, LoadCatalog } from './catalog-source.ts';
export { contentFileResponse } from './content-file-response.ts';
export { type CollectionName, PostEntry } from './entries.ts';
export { ContentError, formatDiagnostic } from './format-diagnostic.ts';
export {
  beginHeadStart,
  confnotesHeadStart,
  type HeadStartIntegration,
  type HeadStartOptions,
} from './head-start.ts';
export { heldFromSite, heldWarning } from './held-files.ts';
export {
  type ConfnotesLoader,
  type ConfnotesLoaderOptions,
  confnotesLoaders,
} from './loader.ts';
export type { ConfnotesLoaderContext } from './loader-context.ts';
export { postHtml } from './post-html.ts';
export { searchIndexResponse } from './search-index-route.ts';
export { STATIC_FOLDER, type StaticFilePath, staticFilePaths } from './static-file-paths.ts';
