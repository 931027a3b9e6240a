import type { ServerOptions } from 'node:http';
import { REFUSAL_HEADERS } from '../http/refusal-headers.ts';

/** How long and how large a request may be before the server cuts it. */
export interface ServerLimits {
  /** Time to receive a request's headers; a client that trickles them is disconnected. */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
  /** Request line and headers together; larger heads are answered 431. */
  readonly maxHeaderBytes: number;
  /** Longest URL (path and query); longer ones are answered 414. */
  readonly maxUrlLength: number;
  /** Largest declared body; the API reads no bodies, so larger ones are answered 413. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  maxUrlLength: 8 * 1024,
  maxBodyBytes: 64 * 1024,
};

/** Node's server options for the limits; timeouts are checked at a tenth of the shortest. */
export function nodeServerOptions(limits: ServerLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    maxHeaderSize: limits.maxHeaderBytes,
    // `hostRequired` refuses an HTTP/1.1 request without Host, with a JSON error: Node's own
    // check answers a bare 400 before any listener sees the request.
    requireHostHeader: false,
    // Node checks the two timeouts every 30 s by default, which would let a slow client hold a
    // connection for up to 30 s past its deadline.
    connectionsCheckingInterval: Math.max(
      100,
      Math.min(1_000, Math.floor(limits.headersTimeoutMs / 10)),
    ),
  };
}

/** The answer to a request over a size limit, before any route sees it; undefined if within. */
export function overLimit(request: Request, limits: ServerLimits): Response | undefined {
  if (request.url.length > limits.maxUrlLength + 64) {
    return refuse(
      414,
      'url_too_long',
      `The URL is longer than ${limits.maxUrlLength} characters; shorten the query (q, fields) or the path.`,
    );
  }
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > limits.maxBodyBytes) {
    return refuse(
      413,
      'body_too_large',
      `The request body has ${length} bytes; the server accepts at most ${limits.maxBodyBytes}, and the API reads none: send a GET without a body.`,
    );
  }
  return undefined;
}

function refuse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: {
      'Content-Type': 'application/json',
      ...REFUSAL_HEADERS,
      // Without it a page on another site sees a network error, not this answer: the API is
      // open to every origin, its refusals included.
      'Access-Control-Allow-Origin': '*',
      // The unread body would otherwise keep the connection busy.
      Connection: 'close',
    },
  });
}
