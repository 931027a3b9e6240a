import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { fnv1a, type Snapshot } from '../snapshot.ts';
import { acceptsJson } from './accept.ts';
import {
  COMPRESS_THRESHOLD,
  type Compressor,
  type Encoding,
  negotiateEncoding,
} from './compression.ts';
import { answerJson } from './record-json.ts';

export interface ResponseCacheOptions {
  /** `max-age` of `Cache-Control`, in seconds. */
  readonly maxAge: number;
  readonly compress: Compressor;
  /** Encodings `compress` can produce, best first. */
  readonly encodings: readonly Encoding[];
  /** Keep the bytes of answered requests for the next identical one (on by default). */
  readonly store: boolean;
  /** Bound on the bytes kept per snapshot, all variants included. */
  readonly maxBytes?: number;
  /** Responses above this size are answered but never kept. */
  readonly maxEntryBytes?: number;
  /** The version of the code answering (see `AppOptions.codeTag`), part of every ETag. */
  readonly codeTag?: string | undefined;
}

interface Variant {
  readonly body: Uint8Array;
  readonly etag: string;
  /** Every header of the answer, as a plain object: the Node adapter writes those without copying. */
  readonly headers: Readonly<Record<string, string>>;
  readonly notModified: Readonly<Record<string, string>>;
  /** The answers to an unconditional GET and HEAD, made once: most requests get one of these. */
  readonly get: StoredAnswer;
  readonly head: StoredAnswer;
}

interface Entry {
  readonly identity: Variant;
  readonly base: Readonly<Record<string, string>>;
  readonly variants: Map<Encoding, Promise<Variant>>;
  /** Variants already compressed, so a stored answer is sent without waiting on a promise. */
  readonly ready: Map<Encoding, Variant>;
  bytes: number;
  /** When it was last answered, on the store's clock: the least recent go first when full. */
  used: number;
}

/** The request headers the cache reads, however the runtime hands them over. */
export type HeaderReader = (name: string) => string | undefined;

export interface ResponseCache {
  /** The middleware: runs the route on a miss, keeps its answer, and answers conditionally. */
  readonly middleware: MiddlewareHandler<AppEnv>;
  /**
   * The stored answer to a GET or HEAD of `key` (path and query) on this snapshot, without
   * running any middleware or route; undefined when nothing is stored or it must be compressed
   * first.
   */
  answer(
    snapshot: Snapshot,
    key: string,
    method: string,
    header: HeaderReader,
  ): Response | undefined;
  /** The same as `answer`, as the status, headers and bytes to write, for a server to send itself. */
  lookup(
    snapshot: Snapshot,
    key: string,
    method: string,
    header: HeaderReader,
  ): StoredAnswer | undefined;
}

/** A stored answer as written on the wire; `body` is null for HEAD and 304. */
export interface StoredAnswer {
  readonly status: 200 | 304 | 412;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/** The path and query of a URL, which is what an answer is stored under. */
export function requestKey(url: string): string {
  return url.slice(url.indexOf('/', url.indexOf('//') + 2));
}

/** The compressed variants of an answer, shared by the entries made for it. */
interface Compressed {
  readonly variants: Map<Encoding, Promise<Variant>>;
  readonly ready: Map<Encoding, Variant>;
  /**
   * The answer's headers and ETags without its bytes, once it was made: a request for a
   * variant already compressed is answered from it without running the route.
   */
  hollow?: Entry;
}

interface Store {
  readonly entries: Map<string, Entry>;
  bytes: number;
  /**
   * The compressed variants of answers too large to keep whole (the catalog export): their
   * text is made again by the route on each request, but compressing it took seconds each time.
   * Kept while their bytes stay within the store's bound.
   */
  readonly large: Map<string, Compressed>;
  largeBytes: number;
  /** Counts answers, to order entries by last use without moving them in the map on each hit. */
  clock: number;
}

const encoder = new TextEncoder();

// Per snapshot, so a reloaded catalog starts with an empty store and the old one is collected
// with its snapshot.
const stores = new WeakMap<Snapshot, Store>();

function storeFor(snapshot: Snapshot): Store {
  let store = stores.get(snapshot);
  if (!store) {
    store = { entries: new Map(), bytes: 0, clock: 0, large: new Map(), largeBytes: 0 };
    stores.set(snapshot, store);
  }
  return store;
}

/** Whether an `If-None-Match` names one of the ETags: `*`, a list, weak (`W/`) or strong. */
export function matches(header: string | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => etags.includes(tag));
}

/** Whether an `If-Match` names one of the ETags: `*`, or a strong one (a weak one never matches). */
function matchesStrongly(header: string, etags: readonly string[]): boolean {
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => !tag.startsWith('W/') && etags.includes(tag));
}

const PRECONDITION_MESSAGES = {
  'If-Match': "If-Match names none of this answer's current ETags; get it again without If-Match.",
  'If-Unmodified-Since':
    'The catalog has changed since If-Unmodified-Since; get the answer again without it.',
};

// A failed precondition: an error like the API's others, never cached (a cache keys it by URL
// alone), with the ETag the client's did not match.
function preconditionFailed(
  chosen: Variant,
  method: string,
  header: keyof typeof PRECONDITION_MESSAGES,
): StoredAnswer {
  const {
    'cache-control': _cache,
    'last-modified': _modified,
    vary: _vary,
    ...headers
  } = chosen.notModified;
  const body = encoder.encode(
    JSON.stringify({
      error: {
        code: 'precondition_failed',
        message: PRECONDITION_MESSAGES[header],
        details: { header, etag: chosen.etag },
      },
    }),
  );
  return {
    status: 412,
    headers: {
      ...headers,
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'content-length': String(body.byteLength),
    },
    body: method === 'HEAD' ? null : body,
  };
}

const NO_BODY = new Uint8Array(0);

/** The ETag of an answer's compressed variant, known before it is compressed. */
function encodedEtag(entry: Entry, encoding: Encoding): string {
  return `${entry.identity.etag.slice(0, -1)}-${encoding}"`;
}

function variant(
  base: Readonly<Record<string, string>>,
  body: Uint8Array,
  etag: string,
  encoding: Encoding | undefined,
): Variant {
  const { 'content-type': _type, ...withoutType } = base;
  const headers = {
    ...base,
    etag,
    ...(encoding && { 'content-encoding': encoding }),
    'content-length': String(body.byteLength),
  };
  return {
    body,
    etag,
    headers,
    notModified: { ...withoutType, etag },
    get: { status: 200, headers, body },
    head: { status: 200, headers, body: null },
  };
}

/**
 * Drops the least recently answered entries until the store is a tenth under its bound, so the
 * sort this takes is paid once per many insertions; a hit then costs only a counter increment.
 */
function evict(store: Store, maxBytes: number): void {
  const byUse = [...store.entries].sort((a, b) => a[1].used - b[1].used);
  for (const [key, entry] of byUse) {
    if (store.bytes <= maxBytes * 0.9) break;
    store.entries.delete(key);
    store.bytes -= entry.bytes;
  }
}

/**
 * Conditional requests, caching headers and compression for every successful JSON answer. The
 * middleware runs first, so a stored answer skips the rest of the chain; `answer` serves one
 * before the router runs at all.
 *
 * Responses are a pure function of the catalog, the URL and the code, so the ETag is the
 * catalog's version tag (computed once per snapshot), the code's (when given) and a hash of the
 * URL, never a hash of the body. The bytes and
 * headers of an answer are kept (bounded, per snapshot) and sent again for the same URL without
 * running the route, compressed variants included.
 */
export function responseCache(options: ResponseCacheOptions): ResponseCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 8 * 1024 * 1024;
  const cacheControl = `public, max-age=${options.maxAge}`;
  const code = options.codeTag ? `-${options.codeTag}` : '';

  /** `keep` is told the size of a variant made, and says whether it is kept for later answers. */
  const variantOf = (entry: Entry, encoding: Encoding, keep: (bytes: number) => boolean) => {
    let found = entry.variants.get(encoding);
    if (!found) {
      found = Promise.resolve(options.compress(entry.identity.body, encoding)).then((body) => {
        const made = variant(entry.base, body, encodedEtag(entry, encoding), encoding);
        if (keep(body.byteLength)) entry.ready.set(encoding, made);
        else entry.variants.delete(encoding);
        return made;
      });
      entry.variants.set(encoding, found);
    }
    return found;
  };

  const encodingFor = (entry: Entry, header: HeaderReader) => {
    const acceptEncoding = header('accept-encoding');
    return acceptEncoding && entry.identity.body.byteLength >= COMPRESS_THRESHOLD
      ? negotiateEncoding(acceptEncoding, options.encodings)
      : undefined;
  };

  const conditional = (
    snapshot: Snapshot,
    entry: Entry,
    chosen: Variant,
    method: string,
    header: HeaderReader,
  ): StoredAnswer => {
    // RFC 9110's order: If-Match (else If-Unmodified-Since) before If-None-Match; a GET whose
    // precondition fails must not be answered with the representation.
    const ifMatch = header('if-match');
    if (ifMatch !== undefined && !matchesStrongly(ifMatch, [entry.identity.etag, chosen.etag]))
      return preconditionFailed(chosen, method, 'If-Match');
    const ifUnmodifiedSince = ifMatch === undefined ? header('if-unmodified-since') : undefined;
    if (
      ifUnmodifiedSince !== undefined &&
      Date.parse(snapshot.lastModified) > Date.parse(ifUnmodifiedSince)
    )
      return preconditionFailed(chosen, method, 'If-Unmodified-Since');
    const ifNoneMatch = header('if-none-match');
    const ifModifiedSince = ifNoneMatch === undefined ? header('if-modified-since') : undefined;
    const notModified =
      ifNoneMatch !== undefined
        ? matches(ifNoneMatch, [entry.identity.etag, chosen.etag])
        : ifModifiedSince !== undefined &&
          Date.parse(ifModifiedSince) >= Date.parse(snapshot.lastModified);
    if (notModified) return { status: 304, headers: chosen.notModified, body: null };
    return method === 'HEAD' ? chosen.head : chosen.get;
  };

  const respond = (
    snapshot: Snapshot,
    entry: Entry,
    chosen: Variant,
    method: string,
    header: HeaderReader,
  ) => {
    const { status, headers, body } = conditional(snapshot, entry, chosen, method, header);
    return new Response(body as Uint8Array<ArrayBuffer> | null, { status, headers });
  };

  const lookup = (
    snapshot: Snapshot,
    key: string,
    method: string,
    header: HeaderReader,
  ): StoredAnswer | undefined => {
    // A client that refuses JSON is answered with a 406 by the full chain, not a stored 200.
    if (!options.store || !acceptsJson(header('accept'))) return undefined;
    const store = stores.get(snapshot);
    const entry = store?.entries.get(key);
    if (!entry || !store) return undefined;
    entry.used = ++store.clock;
    const encoding = encodingFor(entry, header);
    const chosen = encoding ? entry.ready.get(encoding) : entry.identity;
    if (!chosen) return undefined;
    return conditional(snapshot, entry, chosen, method, header);
  };

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (!acceptsJson(c.req.header('accept'))) return next();
    const snapshot = c.get('snapshot');
    const key = requestKey(c.req.url);
    const store = options.store ? storeFor(snapshot) : undefined;
    const header: HeaderReader = (name) => c.req.header(name);
    // An answer too large to keep, already compressed as this client takes it.
    const known = store?.large.get(key);
    if (known?.hollow) {
      const encoding = negotiateEncoding(header('accept-encoding'), options.encodings);
      const ready = encoding && known.ready.get(encoding);
      if (ready) {
        c.res = respond(snapshot, known.hollow, ready, 'GET', header);
        return;
      }
    }
    let entry = store?.entries.get(key);
    if (entry && store) {
      entry.used = ++store.clock;
    } else {
      // Keep the JSON text as the route makes it, so storing the answer needs no read-back of
      // the Response (which costs more than the route itself on small answers); catalog records
      // in it are written once per snapshot, not once per answer.
      let text: string | undefined;
      const json = c.json;
      c.json = ((object: unknown, init?: number, headers?: Record<string, string>) => {
        text = answerJson(object, snapshot.records);
        return c.body(text, init as 200, { ...headers, 'content-type': 'application/json' });
      }) as unknown as typeof c.json;
      try {
        await next();
      } finally {
        c.json = json;
      }
      const res = c.res;
      // A streamed answer is kept nowhere, but carries the same caching headers as a stored one.
      if (c.get('streamed') && (res.status === 200 || res.status === 304)) {
        res.headers.set('cache-control', cacheControl);
        res.headers.set('last-modified', snapshot.lastModified);
        return;
      }
      if (
        c.get('streamed') ||
        res.status !== 200 ||
        !res.headers.get('content-type')?.startsWith('application/json')
      ) {
        return;
      }
      const body =
        text !== undefined ? encoder.encode(text) : new Uint8Array(await res.arrayBuffer());
      const base: Record<string, string> = {};
      for (const [name, value] of res.headers) if (name !== 'content-length') base[name] = value;
      Object.assign(base, {
        'cache-control': cacheControl,
        'last-modified': snapshot.lastModified,
        vary: 'Accept-Encoding',
      });
      const etag = `"${snapshot.tag}${code}-${fnv1a(key).toString(36)}"`;
      const large = store && body.byteLength > maxEntryBytes;
      let compressed = large ? store.large.get(key) : undefined;
      if (large && !compressed) {
        compressed = { variants: new Map(), ready: new Map() };
        store.large.set(key, compressed);
      }
      entry = {
        identity: variant(base, body, etag, undefined),
        base,
        variants: compressed?.variants ?? new Map(),
        ready: compressed?.ready ?? new Map(),
        bytes: body.byteLength,
        used: store ? ++store.clock : 0,
      };
      if (compressed && !compressed.hollow)
        compressed.hollow = { ...entry, identity: variant(base, NO_BODY, etag, undefined) };
      if (store && !large) {
        store.entries.set(key, entry);
        store.bytes += entry.bytes;
        if (store.bytes > maxBytes) evict(store, maxBytes);
      }
    }

    const encoding = encodingFor(entry, header);
    // A 304 or 412 needs only the variant's headers, and its ETag is known before its bytes: a
    // revalidation of an answer not compressed yet (or never kept, as a catalog export is not)
    // does not compress a body it will not send.
    if (encoding && !entry.ready.has(encoding)) {
      const unsent = variant(entry.base, NO_BODY, encodedEtag(entry, encoding), encoding);
      const answer = respond(snapshot, entry, unsent, 'GET', header);
      if (answer.status !== 200) {
        c.res = undefined;
        c.res = answer;
        return;
      }
    }
    const kept = entry;
    const keep = (bytes: number) => {
      if (!store) return false;
      if (store.entries.get(key) === kept) {
        kept.bytes += bytes;
        store.bytes += bytes;
        return true;
      }
      if (store.large.get(key)?.variants !== kept.variants || store.largeBytes + bytes > maxBytes)
        return false;
      store.largeBytes += bytes;
      return true;
    };
    const chosen = encoding ? await variantOf(entry, encoding, keep) : entry.identity;
    // Clear first: Hono copies the old response's headers onto a replacement, and the old
    // Content-Length would be wrong for a compressed body.
    c.res = undefined;
    c.res = respond(snapshot, entry, chosen, 'GET', header);
  };

  return {
    middleware,
    lookup,
    answer(snapshot, key, method, header) {
      const found = lookup(snapshot, key, method, header);
      return found
        ? new Response(found.body as Uint8Array<ArrayBuffer> | null, {
            status: found.status,
            headers: found.headers,
          })
        : undefined;
    },
  };
}
