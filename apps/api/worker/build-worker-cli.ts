// `npm run build:worker -w @confnotes/api`: builds the catalog of CONTENT_DIR (or reads
// CATALOG_FILE) and writes the Workers bundle and assets to apps/api/dist/worker.
import { fileURLToPath } from 'node:url';
import { readConfig } from '../src/env.ts';
import { readCatalogFile } from '../src/node/catalog-file.ts';
import { resolveLoadCatalog } from '../src/node/load-catalog.ts';
import { buildWorker } from './build-worker.ts';

const config = readConfig();
const catalog = config.catalogFile
  ? await readCatalogFile(config.catalogFile)
  : (await (await resolveLoadCatalog(undefined, { drafts: config.drafts }))(config.contentDir))
      .catalog;
const outDir = fileURLToPath(new URL('../dist/worker', import.meta.url));
const built = await buildWorker(catalog, outDir);
console.log(`worker: ${built.script}\nassets: ${built.assets} (${catalog.posts.length} posts)`);
