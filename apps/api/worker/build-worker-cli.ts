// `npm run build:worker -w @confnotes/api`: builds the catalog of CONTENT_DIR (or reads
// CATALOG_FILE) and writes the Workers bundle and assets to apps/api/dist/worker.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../src/env.ts';
import { CatalogFileError, readCatalogText } from '../src/node/catalog-file.ts';
import { resolveLoadCatalog } from '../src/node/load-catalog.ts';
import { buildWorker } from './build-worker.ts';

// A setting that names no content or no catalog is said in a line, as the server says it.
const said = (error: unknown): never => {
  console.error((error as Error).message);
  process.exit(1);
};
const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    return said(error);
  }
})();
// With the version tag and text the Node server gives the same source, so both answer with one
// ETag for the same bytes.
const { catalog, text } = config.catalogFile
  ? await readCatalogText(config.catalogFile).catch((error: unknown) =>
      error instanceof CatalogFileError ? said(error) : Promise.reject(error),
    )
  : await (await resolveLoadCatalog(undefined, { drafts: config.drafts }))(config.contentDir);
const outDir = fileURLToPath(new URL('../dist/worker', import.meta.url));
let built: Awaited<ReturnType<typeof buildWorker>>;
try {
  built = await buildWorker(catalog, outDir, {
    tag: text?.tag,
    json: typeof text?.json === 'string' ? text.json : undefined,
  });
} catch (error) {
  // A previous build left in place would be what `wrangler deploy` then publishes.
  await rm(outDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`worker: ${built.script}\nassets: ${built.assets} (${catalog.posts.length} posts)`);
