/** Where the build puts the catalog among the Workers static assets. */
export const CATALOG_ASSET = '/catalog.json';
/** Where the build puts Swagger UI's files among the static assets. */
export const DOCS_ASSET_DIR = '/api-docs/';
