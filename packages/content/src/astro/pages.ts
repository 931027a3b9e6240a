// What a site's pages call while they render, apart from the loaders: importing this entry
// rather than `@confnotes/content/astro` keeps the catalog's builder out of the pages' bundle.
export { type BundleFilePath, bundleFilePaths } from './bundle-file-paths.ts';
export { bundleFolder } from './bundle-folder.ts';
export { contentFileResponse } from './content-file-response.ts';
export { filesUnder } from './files-under.ts';
export { heldFromSite, heldWarning } from './held-files.ts';
export { postHtml } from './post-html.ts';
export { searchIndexResponse } from './search-index-route.ts';
export { STATIC_FOLDER, type StaticFilePath, staticFilePaths } from './static-file-paths.ts';
