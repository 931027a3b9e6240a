// Builds what Workers serve: one bundled ES module of the app (`worker.js`) and its static assets
// (the catalog as JSON, Swagger UI's files). `npm run build:worker -w @confnotes/api` writes them
// to apps/api/dist/worker for `wrangler deploy`; the workerd test builds into a temporary directory.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '@confnotes/content/portable';
import { build } from 'esbuild';
import { DOCS_FILES } from '../src/docs/docs-page.ts';
import { catalogTag } from '../src/node/catalog-file.ts';
import { codeStamp } from '../src/node/code-stamp.ts';
import { CATALOG_ASSET, DOCS_ASSET_DIR } from './asset-paths.ts';

/**
 * The largest file Workers static assets take (25 MiB): `wrangler deploy` refuses the whole
 * deploy over one file past it, after the account is logged in and the bundle uploaded.
 */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

export interface BuildOptions {
  /**
   * The catalog's version tag as the Node server gives it (from a content directory's cache, or
   * a catalog file's bytes), so both answer with the same ETags; by default that of the JSON
   * written, as Node serving that file would give.
   */
  readonly tag?: string | undefined;
  /**
   * The catalog's text as the Node server serves it at `/api/catalog` (a catalog file's, kept as
   * it was written), so that one ETag names the same bytes on both; by default the catalog as
   * JSON.
   */
  readonly json?: string | undefined;
}

export interface BuiltWorker {
  /** The bundled module, the script workerd and wrangler run. */
  readonly script: string;
  /** The directory served as static assets (the `ASSETS` binding). */
  readonly assets: string;
}

/**
 * Bundles the Workers entry and writes the catalog beside it. The catalog is checked against the
 * core schema here, once, so the worker can trust it without parsing it again on every start.
 * @example const { script, assets } = await buildWorker(catalog, 'dist/worker');
 */
export async function buildWorker(
  catalog: Catalog,
  outDir: string,
  options: BuildOptions = {},
): Promise<BuiltWorker> {
  const parsed = Catalog.safeParse(catalog);
  if (!parsed.success) {
    throw new Error(`The catalog does not match the core schema: ${parsed.error.message}`);
  }
  // Measured before anything is written: a deploy that fails only once it reaches Cloudflare is
  // told here, at build time.
  const json = options.json ?? JSON.stringify(catalog);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_ASSET_BYTES) {
    // Rounded up, so a catalog just past the limit does not read as the limit itself.
    const mib = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
    throw new Error(
      `The catalog is ${mib.toFixed(1)} MiB as JSON, past the 25 MiB Workers take for one static asset, so \`wrangler deploy\` would refuse it. ` +
        'Serve a catalog this large with the Node server (`CATALOG_FILE=catalog.json npm start -w @confnotes/api`), or build the Worker from fewer posts.',
    );
  }
  const script = join(outDir, 'worker.js');
  const assets = join(outDir, 'assets');
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile: script,
    bundle: true,
    format: 'esm',
    // Workers are neither Node nor a browser: only web APIs, resolved through `exports`.
    platform: 'neutral',
    conditions: ['@confnotes/source', 'workerd', 'worker'],
    mainFields: ['module', 'main'],
    target: 'es2023',
    // The one Last-Modified of every isolate of this build, and the version tags of the catalog
    // and of the code behind every ETag (see worker.ts).
    define: {
      CONFNOTES_BUILT_AT: JSON.stringify(new Date().toISOString()),
      CONFNOTES_CATALOG_TAG: JSON.stringify(options.tag ?? catalogTag(json)),
      CONFNOTES_CODE_TAG: JSON.stringify(codeStamp()),
    },
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  await mkdir(join(assets, DOCS_ASSET_DIR), { recursive: true });
  await writeFile(join(assets, CATALOG_ASSET), json);
  const swagger = fileURLToPath(new URL('.', import.meta.resolve('swagger-ui-dist/package.json')));
  for (const file of DOCS_FILES)
    await copyFile(join(swagger, file), join(assets, DOCS_ASSET_DIR, file));
  return { script, assets };
}
