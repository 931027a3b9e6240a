import type { Catalog } from '@confnotes/content/portable';
import { OpenAPIHono } from '@hono/zod-openapi';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env.ts';
import { type CatalogSource, createCatalogHolder, isCatalogSource } from './catalog-holder.ts';
import { describeCaching } from './docs/caching-in-document.ts';
import { DOCS_CSP, type DocsAssets, docsHtml, docsInit } from './docs/docs-page.ts';
import { withCatalogExamples } from './docs/examples-in-document.ts';
import { jsonOnly } from './http/accept.ts';
import { ApiError, INTERNAL_ERROR_BODY } from './http/api-error.ts';
import {
  type Compressor,
  type Encoding,
  supportsEncoding,
  webCompressor,
} from './http/compression.ts';
import { openCors } from './http/cors.ts';
import { refuseMethod } from './http/method-refusal.ts';
import { queryGuard } from './http/query-guard.ts';
import { REFUSAL_HEADERS } from './http/refusal-headers.ts';
import {
  type HeaderReader,
  requestKey,
  responseCache,
  type StoredAnswer,
} from './http/response-cache.ts';
import { routeSuggestion } from './http/route-suggestion.ts';
import { routedPath } from './http/routed-path.ts';
import { trimTrailingSlash } from './http/trailing-slash.ts';
import { validationHook } from './http/validation-hook.ts';
import { indexRoutes } from './routes/api-index.ts';
import { catalogRoutes, healthRoutes } from './routes/catalog.ts';
import { eventRoutes } from './routes/events.ts';
import { postRoutes } from './routes/posts.ts';
import { searchRoutes } from './routes/search.ts';
import { speakerRoutes } from './routes/speakers.ts';
import { tagRoutes } from './routes/tags.ts';
import { talkRoutes } from './routes/talks.ts';
import type { Snapshot } from './snapshot.ts';

export interface AppOptions {
  /** Serves Swagger UI's files for `/api/docs`; without it the page is answered with a 404. */
  readonly docsAssets?: DocsAssets;
  /** Compresses bodies; the web `CompressionStream` by default. */
  readonly compress?: Compressor;
  /** Encodings `compress` produces, best first. */
  readonly encodings?: readonly Encoding[];
  /** `Cache-Control: max-age` in seconds, 60 by default; 0 while content is being edited. */
  readonly maxAge?: number;
  /** Keep answered bodies per catalog for identical requests (default true). */
  readonly responseStore?: boolean;
  /** Where unexpected errors go; they never reach the client. */
  readonly onUnexpectedError?: (error: unknown) => void;
  /**
   * The version of the code answering (`codeStamp()` of `src/node/code-stamp.ts`), put in every
   * ETag with the catalog's version: the same catalog served by other code may answer otherwise.
   */
  readonly codeTag?: string;
}

const API_CSP = REFUSAL_HEADERS['Content-Security-Policy'];

/** The routes whose `q` goes through the search index. */
const SEARCHED_BY_Q = new Set(['/api/search', '/api/posts', '/api/talks', '/api/speakers']);

/**
 * The confnotes API as a plain `fetch` handler over a catalog, or over a source whose catalog can
 * be swapped while serving. No side effects: the server entry gives it a port.
 * @example
 * const app = createApp(catalog);
 * const res = await app.request('/api/talks?limit=5');
 */
export function createApp(source: Catalog | CatalogSource, options: AppOptions = {}) {
  const holder = isCatalogSource(source) ? source : createCatalogHolder(source);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const report = options.onUnexpectedError ?? ((error: unknown) => console.error(error));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    report(error);
    return c.json(INTERNAL_ERROR_BODY, 500);
  });
  app.notFound((c) => {
    const path = c.req.path.slice(0, 200);
    const asked = new URL(c.req.url).pathname;
    // Long paths are fuzzing or mistakes no suggestion mends; the message stays short.
    const suggestion = asked.length <= 300 ? routeSuggestion(asked) : undefined;
    const meant = suggestion ? ` Did you mean ${suggestion}?` : '';
    return c.json(
      {
        error: {
          code: 'route_not_found',
          message: `Nothing is served at ${path}.${meant} The routes are listed at /api and /api/docs.`,
          details: { path, ...(suggestion && { suggestion }) },
        },
      },
      404,
    );
  });

  // The snapshot a request runs on is read once: by the fast path below when it looked, else here.
  const started = new WeakMap<Request, Snapshot>();
  app.use('*', async (c, next) => {
    c.set('snapshot', started.get(c.req.raw) ?? holder.current());
    await next();
  });
  const encodings =
    options.encodings ?? (['br', 'gzip'] as const).filter((encoding) => supportsEncoding(encoding));
  const cache = responseCache({
    maxAge: options.maxAge ?? 60,
    compress: options.compress ?? webCompressor,
    encodings,
    store: options.responseStore ?? true,
    codeTag: options.codeTag,
  });
  app.use('/api/*', cache.middleware);

  app.use(
    '*',
    secureHeaders({
      // The API is meant to be read from other sites.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Content-Security-Policy'))
      c.res.headers.set('Content-Security-Policy', API_CSP);
  });
  const routed = routedPath(app);
  app.use('/api/*', openCors(routed));
  // `/api/posts/` is how clients of APIs whose paths end with a slash (pretalx's, say) ask: sent
  // on to the route rather than answered with a 404 (no API route ends with one). Registered
  // after the headers every answer carries, so that the redirect carries them too.
  app.use('/api/*', trimTrailingSlash(routed));
  app.use('*', methodNotAllowed({ app, onMethodNotAllowed: refuseMethod }));
  app.use('/api/*', queryGuard());
  app.use('/api/*', jsonOnly());
  // A search index being stored beside a server that has just started is waited for, not built
  // again here: building the index of a large catalog holds every other request for seconds.
  // Only by the routes that search it, and only for words: events' text filter matches their
  // names directly (routes/events.ts), and a `q` missing, blank or on any other route is a 400
  // that should not wait.
  app.use('/api/*', async (c, next) => {
    if (SEARCHED_BY_Q.has(c.req.path) && c.req.query('q')?.trim())
      await c.get('snapshot').searchReady();
    await next();
  });
  const routes = app
    .route('/api', indexRoutes())
    .route('/api', postRoutes())
    .route('/api', tagRoutes())
    .route('/api', talkRoutes())
    .route('/api', speakerRoutes())
    .route('/api', eventRoutes())
    .route('/api', searchRoutes())
    .route('/api', catalogRoutes())
    .route('/', healthRoutes());

  // Written on the first request for it, not at start: generating it from every schema takes a
  // noticeable part of a start, and most processes never serve it.
  let described: ReturnType<typeof describe> | undefined;
  // Its examples name records of the catalog served: written again when that catalog changes.
  let documentJson: { tag: string; json: string } | undefined;
  const describe = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'confnotes API',
        version: '1',
        description:
          'Conference recaps as a typed record of posts, talks, speakers and events. ' +
          'Lists page with `limit` (at most 100) and `page` or `cursor`; details embed related ' +
          'records with `include` and trim with `fields`. Every successful answer carries an ETag.',
      },
      // Relative to the document's own URL (`/api/openapi.json`), to which every path, `/api/…`,
      // is appended: the reference's requests and generated clients then reach the API under
      // whatever path a proxy serves it at, where the default server, `/`, drops that path.
      servers: [{ url: '..', description: 'The server this description was read from' }],
      tags: [
        { name: 'posts' },
        { name: 'talks' },
        { name: 'speakers' },
        { name: 'events' },
        { name: 'search' },
        { name: 'catalog' },
        { name: 'meta' },
      ],
    });
  app.get('/api/openapi.json', (c) => {
    const snapshot = c.get('snapshot');
    if (documentJson?.tag !== snapshot.tag) {
      described ??= describeCaching(describe());
      documentJson = {
        tag: snapshot.tag,
        json: JSON.stringify(withCatalogExamples(described, snapshot)),
      };
    }
    return c.body(documentJson.json, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/api/docs', (c) => {
    if (!options.docsAssets)
      throw new ApiError(404, 'not_found', 'The reference is not served here.');
    return c.html(docsHtml, 200, { 'Content-Security-Policy': DOCS_CSP });
  });
  app.get('/api/docs/init.js', (c) =>
    c.body(docsInit, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/docs/:file', async (c) => {
    const asset = await options.docsAssets?.(c.req.param('file'));
    if (!asset) throw new ApiError(404, 'not_found', 'No such file of the reference.');
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=86400',
    });
  });

  // A stored answer is sent before the router and the middleware chain run: it already carries
  // every header they would set, and on small answers they cost more than the sending.
  const dispatch = routes.fetch;
  routes.fetch = (request, env, executionCtx) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD') {
      const key = requestKey(request.url);
      let snapshot: Snapshot | undefined;
      try {
        snapshot = holder.current();
      } catch {
        // The router's error handler answers this request, and logs why.
      }
      if (snapshot && key.startsWith('/api/')) {
        const stored = cache.answer(snapshot, key, method, headerReader(request, env));
        if (stored) return stored;
        started.set(request, snapshot);
      }
    }
    return dispatch(request, env, executionCtx);
  };
  storedLookups.set(routes, (path, method, header) => {
    if (!path.startsWith('/api/')) return undefined;
    return cache.lookup(holder.current(), path, method, header);
  });
  return routes;
}

/** Finds the stored answer to a GET or HEAD of a path (with its query), if there is one. */
export type StoredLookup = (
  path: string,
  method: 'GET' | 'HEAD',
  header: HeaderReader,
) => StoredAnswer | undefined;

const storedLookups = new WeakMap<object, StoredLookup>();

/**
 * The app's store of answers, for a server that can write them without building a web `Request`
 * and `Response` (the Node entry does); the app's own `fetch` answers the same either way.
 */
export function storedLookup(app: object): StoredLookup | undefined {
  return storedLookups.get(app);
}

interface NodeBindings {
  readonly incoming?: { readonly headers?: Record<string, string | string[] | undefined> };
}

// On Node, `@hono/node-server` passes the incoming message as `env.incoming`: its headers are a
// plain object already, where `request.headers` would build a web `Headers` on every request.
function headerReader(request: Request, env: unknown): HeaderReader {
  const raw = (env as NodeBindings | undefined)?.incoming?.headers;
  if (raw) {
    return (name) => {
      const value = raw[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
  }
  return (name) => request.headers.get(name) ?? undefined;
}

/** The app's type, for `hc<AppType>` in the typed client. */
export type AppType = ReturnType<typeof createApp>;
