// The Cloudflare Workers entry (its only exports are the handler and types: Workers read every
// named export as an entrypoint): the same `createApp` as on Node, over a catalog read from the
// static-asset binding. Nothing here touches a file system or a port; workerd does the serving.
import type { Catalog } from '@confnotes/content/portable';
import { createApp } from '../src/app.ts';
import { createCatalogHolder } from '../src/catalog-holder.ts';
import { DOCS_FILES, DOCS_TYPES, type DocsAssets } from '../src/docs/docs-page.ts';
import { INTERNAL_ERROR_BODY } from '../src/http/api-error.ts';
import { CATALOG_ASSET, DOCS_ASSET_DIR } from './asset-paths.ts';

/** What `wrangler.jsonc` binds (and the local workerd config emulates with a disk service). */
export interface WorkerEnv {
  readonly ASSETS: { fetch(request: Request | string): Promise<Response> };
}

// The asset host is never resolved: the binding answers any URL by its path.
const ASSETS_ORIGIN = 'https://assets.invalid';

type App = ReturnType<typeof createApp>;

// When the bundle was built, written in by `buildWorker`: the Last-Modified of every answer. The
// time each isolate first reads the catalog differs between the isolates of one deploy: as
// Last-Modified it would fail If-Unmodified-Since and miss If-Modified-Since with nothing changed.
declare const CONFNOTES_BUILT_AT: string | undefined;
const builtAt = () =>
  typeof CONFNOTES_BUILT_AT === 'string' ? new Date(CONFNOTES_BUILT_AT) : new Date();

// The catalog's version tag, written in by `buildWorker`: the one the Node server gives the same
// catalog, so a client's ETags hold across the two. Hashing the text here would also cost every
// new isolate CPU time on its first request.
declare const CONFNOTES_CATALOG_TAG: string | undefined;
const catalogTag = () =>
  typeof CONFNOTES_CATALOG_TAG === 'string' ? CONFNOTES_CATALOG_TAG : undefined;

// The version of the code, written in by `buildWorker`: the `codeStamp()` the Node server running
// the same sources puts in its ETags beside the catalog's version.
declare const CONFNOTES_CODE_TAG: string | undefined;
const codeTag = () => (typeof CONFNOTES_CODE_TAG === 'string' ? CONFNOTES_CODE_TAG : undefined);

function docsFrom(env: WorkerEnv): DocsAssets {
  return async (file) => {
    if (!(DOCS_FILES as readonly string[]).includes(file)) return undefined;
    const res = await env.ASSETS.fetch(`${ASSETS_ORIGIN}${DOCS_ASSET_DIR}${file}`);
    if (!res.ok) return undefined;
    return {
      body: new Uint8Array(await res.arrayBuffer()),
      type: DOCS_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
    };
  };
}

async function loadApp(env: WorkerEnv): Promise<App> {
  const res = await env.ASSETS.fetch(`${ASSETS_ORIGIN}${CATALOG_ASSET}`);
  if (!res.ok) throw new Error(`The catalog asset ${CATALOG_ASSET} answered ${res.status}.`);
  // The build validated the catalog against the core schema before writing it. The text is kept:
  // it is the body of /api/catalog, and its hash the version behind every ETag.
  const json = await res.text();
  const holder = createCatalogHolder(
    JSON.parse(json) as Catalog,
    { json, tag: catalogTag() },
    builtAt(),
  );
  const code = codeTag();
  return createApp(holder, { docsAssets: docsFrom(env), ...(code && { codeTag: code }) });
}

// One app per isolate, built on its first request and kept for the next ones; a failed load is
// retried by the next request rather than remembered.
let app: Promise<App> | undefined;

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: unknown): Promise<Response> {
    app ??= loadApp(env).catch((error: unknown) => {
      app = undefined;
      throw error;
    });
    let loaded: App;
    try {
      loaded = await app;
    } catch (error) {
      // Uncaught, it would be Workers' bare text 500, which a page on another site cannot read;
      // the API's own 500 is what Node answers when its catalog fails. The log is for
      // `wrangler tail`.
      console.error(error);
      return Response.json(INTERNAL_ERROR_BODY, {
        status: 500,
        headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
      });
    }
    const res = await loaded.fetch(request, env, ctx as never);
    if (!res.headers.has('content-encoding')) return res;
    // The app compresses (and keeps) its answers itself; by default Workers would take the
    // Content-Encoding header as an order to compress the bytes once more.
    return new Response(res.body, {
      status: res.status,
      headers: res.headers,
      encodeBody: 'manual',
    } as ResponseInit);
  },
};
