import {
  createServer,
  type IncomingMessage,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import { type StoredLookup, storedLookup } from '../app.ts';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A Node request listener that writes an answer from the app's store straight to the socket, as
 * a bare `node:http` server would, and hands every other request to `next` (the adapter that
 * runs the app). Only bodiless GET and HEAD requests are looked up: anything else, and anything
 * not stored, takes the full path with every check.
 */
export function storedListener(lookup: StoredLookup, next: Listener): Listener {
  return (request, response) => {
    const { method, url } = request;
    // The raw header list, not `request.headers`: Node builds that object on first read, which
    // a bare server never pays for.
    const raw = request.rawHeaders;
    if ((method === 'GET' || method === 'HEAD') && url !== undefined && !hasBody(raw)) {
      const stored = lookup(url, method, (name) => rawHeader(raw, name));
      if (stored) {
        response.writeHead(stored.status, stored.headers);
        response.end(stored.body ?? undefined);
        return;
      }
    }
    next(request, response);
  };
}

/** Whether a request declares a body (`Content-Length` or `Transfer-Encoding`). */
function hasBody(raw: readonly string[]): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 14 && name.toLowerCase() === 'content-length') return true;
    if (name.length === 17 && name.toLowerCase() === 'transfer-encoding') return true;
  }
  return false;
}

/**
 * A header's value as `request.headers` gives it: repeated values joined with `, `, except
 * `If-Modified-Since`, of which Node keeps the first.
 */
export function rawHeader(raw: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i]!;
    if (key.length !== name.length || key.toLowerCase() !== name) continue;
    if (value === undefined) value = raw[i + 1];
    else if (name !== 'if-modified-since') value += `, ${raw[i + 1]}`;
  }
  return value;
}

/**
 * A `createServer` for `@hono/node-server`'s `serve()` whose listener answers from the app's
 * store first, when the app keeps one; `front` wraps the whole listener, the store included
 * (a check every request passes before anything answers it).
 * @example serve({ fetch: app.fetch, createServer: createStoredServer(app), port })
 */
export function createStoredServer(
  app: object,
  front: (listener: Listener) => Listener = (listener) => listener,
): typeof createServer {
  const lookup = storedLookup(app);
  return ((options: ServerOptions, listener: Listener) =>
    createServer(
      options,
      front(lookup ? storedListener(lookup, listener) : listener),
    )) as typeof createServer;
}
