import type { AddressInfo } from 'node:net';
import { getRequestListener, serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { createCatalogHolder } from '../catalog-holder.ts';
import { nodeDocsAssets } from '../docs/node-docs-assets.ts';
import type { ServerConfig } from '../env.ts';
import { catalogFileLoader } from './catalog-file.ts';
import { answerClientError } from './client-error.ts';
import { codeStamp } from './code-stamp.ts';
import { hostRequired } from './host-required.ts';
import { DEFAULT_LIMITS, nodeServerOptions, overLimit, type ServerLimits } from './limits.ts';
import { type LoadCatalog, resolveLoadCatalog } from './load-catalog.ts';
import { loadReport } from './load-report.ts';
import { nodeCompressor } from './node-compressor.ts';
import { createReloader, watchContent } from './reload.ts';
import { requestErrorResponse } from './request-error.ts';
import { notFoundPage, serveDirectory } from './serve-directory.ts';
import { createStoredServer } from './stored-listener.ts';
import { terminalText } from './terminal-text.ts';

export interface StartOptions {
  /** Rebuild and swap the catalog when the content directory changes. */
  readonly reload?: boolean;
  readonly log?: (message: string) => void;
  /** Defaults to the core's `loadCatalog`. */
  readonly load?: LoadCatalog;
  /** Timeouts and size limits; `DEFAULT_LIMITS` unless given. */
  readonly limits?: ServerLimits;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  readonly reload: () => Promise<boolean>;
  close(): Promise<void>;
}

const isApiPath = (path: string) =>
  path === '/api' || path.startsWith('/api/') || path === '/healthz';

/**
 * Loads the catalog, then serves the API at `/api` (and the built site at `/`, if configured)
 * until `close()`. Every side effect of serving lives here and in `main.ts`.
 */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<RunningServer> {
  // Every line names content, or what a catalog file says: none reaches the terminal as commands.
  const print = options.log ?? console.log;
  const log = (message: string) => print(terminalText(message));
  const fileLoader = config.catalogFile
    ? catalogFileLoader(config.catalogFile, { prepare: config.prepareCatalog ?? true, log })
    : undefined;
  const load =
    options.load ?? fileLoader ?? (await resolveLoadCatalog(log, { drafts: config.drafts }));
  const loading = performance.now();
  const first = await load(config.contentDir);
  const loaded = performance.now();
  const report = config.catalogFile
    ? loadReport(config.catalogFile, first.diagnostics)
    : loadReport(config.contentDir, first.diagnostics, first.catalog.posts.length);
  for (const line of report) log(line);
  const holder = createCatalogHolder(first.catalog, first.text);
  const app = createApp(holder, {
    docsAssets: nodeDocsAssets(),
    compress: nodeCompressor,
    encodings: ['br', 'gzip'],
    maxAge: options.reload ? 0 : 60,
    codeTag: codeStamp(),
  });
  const appReady = performance.now();
  const site = config.siteDir
    ? await serveDirectory(config.siteDir, config.siteBase ?? '/')
    : undefined;
  const siteNotFound = config.siteDir ? await notFoundPage(config.siteDir) : undefined;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const fetch = async (request: Request) => {
    const refused = overLimit(request, limits);
    if (refused) return refused;
    if (site && !isApiPath(new URL(request.url).pathname)) {
      // A page the site lacks gets the site's 404 page, not the API's JSON error.
      const response = (await site(request)) ?? (await siteNotFound?.(request));
      if (response) return response;
    }
    return app.fetch(request);
  };

  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const started = serve(
      {
        fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: nodeServerOptions(limits),
        // Stored answers are written as a bare node:http server would; the rest goes to `fetch`,
        // through a listener of our own: `serve()` gives its own no error handler, so a request
        // no URL can be made of got a bare 400.
        createServer: ((options: Parameters<ReturnType<typeof createStoredServer>>[0]) =>
          createStoredServer(app, hostRequired)(
            options,
            getRequestListener(fetch, {
              hostname: config.host,
              errorHandler: requestErrorResponse,
            }),
          )) as ReturnType<typeof createStoredServer>,
      },
      () => resolveServer(started),
    );
    started.once('error', reject);
    started.on('clientError', answerClientError);
  });
  const { port } = server.address() as AddressInfo;
  const cpu = process.cpuUsage();
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  log(
    `Loaded ${first.catalog.posts.length} posts in ${ms(loaded - loading)} (${first.from ?? 'content'}), app ${ms(appReady - loaded)}, listening ${ms(performance.now())} after the process started (modules ${ms(loading)}), CPU ${ms((cpu.user + cpu.system) / 1000)}.`,
  );
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  // Started once listening, so that it never delays the start it makes quicker next time.
  const preparation = config.prepareCatalog === false ? undefined : first.prepare?.();
  void preparation?.done.then(log);

  const reloader = createReloader(holder, load, config.contentDir, log);
  const stopWatching = options.reload
    ? watchContent(config.contentDir, () => void reloader.reload())
    : undefined;

  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    reload: () => reloader.reload(),
    close: () =>
      new Promise<void>((done) => {
        stopWatching?.();
        void fileLoader?.close();
        void preparation?.stop();
        server.close(() => done());
        // Idle keep-alive connections would hold close() open until they time out.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
