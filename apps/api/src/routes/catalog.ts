import { Catalog, catalogJson } from '@confnotes/content/portable';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { negotiateEncoding } from '../http/compression.ts';
import { noQuery } from '../http/query-guard.ts';
import { matches } from '../http/response-cache.ts';
import { errorResponses } from '../schemas/error.ts';

const catalogRoute = createRoute({
  method: 'get',
  path: '/catalog',
  operationId: 'getCatalog',
  summary: 'Export the whole catalog',
  description: 'Every event, post, talk, speaker and diagnostic in one document.',
  tags: ['catalog'],
  // The whole catalog or nothing: `?fields=id` or `?limit=5` is refused rather than answered with
  // every record, which a client would take for what it asked.
  middleware: [noQuery()] as const,
  responses: {
    200: { description: 'The catalog', content: { 'application/json': { schema: Catalog } } },
    400: errorResponses[400],
    406: errorResponses[406],
    414: errorResponses[414],
    500: errorResponses[500],
  },
});

const Health = z
  .object({
    status: z.literal('ok'),
    catalog: z.object({
      version: z.string().describe('Changes whenever the catalog changes'),
      builtAt: z.string(),
      posts: z.number().int(),
      talks: z.number().int(),
      speakers: z.number().int(),
      events: z.number().int(),
    }),
  })
  .meta({ id: 'Health' });

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  summary: 'Health check',
  description: 'Answers 200 while a catalog is being served, with its size and version.',
  tags: ['meta'],
  responses: {
    200: { description: 'Serving', content: { 'application/json': { schema: Health } } },
  },
});

// Snapshots whose JSON is longer than one string can be: streamed without trying again.
const tooLarge = new WeakSet<object>();

/** `GET /api/catalog`: the export, serialised once per catalog. */
export function catalogRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(catalogRoute, (c) => {
    // Made once per catalog, when first asked for: re-serialising tens of megabytes per request
    // would gain nothing.
    const snapshot = c.get('snapshot');
    let json: string | undefined;
    try {
      // A catalog found too large once is not serialised in vain again (seconds each time).
      if (!tooLarge.has(snapshot)) json = snapshot.catalogJson;
    } catch (error) {
      // V8's RangeError making the JSON; Node's ERR_STRING_TOO_LONG reading a file of it.
      const tooLong =
        error instanceof RangeError ||
        (error as { code?: unknown } | undefined)?.code === 'ERR_STRING_TOO_LONG';
      if (!tooLong) throw error;
      tooLarge.add(snapshot);
    }
    if (json === undefined) {
      // Some 50,000 posts with their bodies make more JSON than one string can hold: it is
      // written a record at a time and kept nowhere, gzipped as it goes when the client takes
      // gzip (about a tenth of the bytes). Not Brotli: at its default quality it would take
      // minutes for the 800 MB of such a catalog.
      const gzip = negotiateEncoding(c.req.header('accept-encoding'), ['gzip']) === 'gzip';
      const etag = `"${snapshot.tag}-catalog${gzip ? '-gzip' : ''}"`;
      const vary = { Vary: 'Accept-Encoding' };
      c.set('streamed', true);
      // Any form a cache may send back (a CDN that compresses makes the ETag weak): a new
      // download here is hundreds of megabytes.
      if (matches(c.req.header('if-none-match'), [etag]))
        return c.body(null, 304, { ETag: etag, ...vary }) as never;
      const text = streamOf(catalogJson(snapshot.catalog));
      return new Response(gzip ? text.pipeThrough(new CompressionStream('gzip')) : text, {
        headers: {
          'Content-Type': 'application/json',
          ETag: etag,
          ...vary,
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        },
      }) as never;
    }
    return c.body(json, 200, { 'Content-Type': 'application/json' }) as never;
  });
}

// Of `Uint8Array<ArrayBuffer>`, as the DOM library's `CompressionStream` takes no other: the
// typed client brings this file into browser projects, which type-check it with that library.
/** A text given in chunks as a stream of its UTF-8 bytes, a chunk read when the reader wants one. */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const source = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** `GET /healthz`. */
export function healthRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(healthRoute, (c) => {
    const { catalog, tag, lastModified } = c.get('snapshot');
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        status: 'ok' as const,
        catalog: {
          version: tag,
          builtAt: new Date(lastModified).toISOString(),
          posts: catalog.posts.length,
          talks: catalog.talks.length,
          speakers: catalog.speakers.length,
          events: catalog.events.length,
        },
      },
      200,
    );
  });
}
