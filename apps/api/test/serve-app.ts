import type { AddressInfo } from 'node:net';
import type { Catalog } from '@confnotes/content/portable';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from '../src/app.ts';
import type { CatalogSource } from '../src/catalog-holder.ts';
import { nodeDocsAssets } from '../src/docs/node-docs-assets.ts';
import { nodeCompressor } from '../src/node/node-compressor.ts';
import { createStoredServer } from '../src/node/stored-listener.ts';

/** Serves an app on 127.0.0.1 at a port the system picks; `close` frees it. */
export async function serveApp(source: Catalog | CatalogSource, options: AppOptions = {}) {
  const app = createApp(source, {
    docsAssets: nodeDocsAssets(),
    compress: nodeCompressor,
    encodings: ['br', 'gzip'],
    onUnexpectedError: () => {},
    ...options,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: 0,
        hostname: '127.0.0.1',
        createServer: createStoredServer(app),
      },
      () => resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
