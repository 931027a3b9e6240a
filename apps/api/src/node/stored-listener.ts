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
    const { method, url, headers } = request;
    if (
      (method === 'GET' || method === 'HEAD') &&
      url !== undefined &&
      headers['content-length'] === undefined &&
      headers['transfer-encoding'] === undefined
    ) {
      const stored = lookup(url, method, (name) => {
        const value = headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      });
      if (stored) {
        response.writeHead(stored.status, stored.headers);
        response.end(stored.body ?? undefined);
        return;
      }
    }
    next(request, response);
  };
}

/**
 * A `createServer` for `@hono/node-server`'s `serve()` whose listener answers from the app's
 * store first; the plain `node:http` one when the app keeps no store.
 * @example serve({ fetch: app.fetch, createServer: createStoredServer(app), port })
 */
export function createStoredServer(app: object): typeof createServer {
  const lookup = storedLookup(app);
  if (!lookup) return createServer;
  return ((options: ServerOptions, listener: Listener) =>
    createServer(options, storedListener(lookup, listener))) as typeof createServer;
}
