import type { MiddlewareHandler } from 'hono';
import { refuseMethod } from './method-refusal.ts';

/**
 * Sends a GET or HEAD of a path ending with a slash (`/api/posts/?limit=1`) on to the path without
 * it, query kept, with a 301. The Location is relative to the URL asked for: Hono's own redirect
 * names the scheme and host the server saw, which behind an HTTPS proxy sends the client to
 * `http://`, and a path from `/api` would leave the path a proxy serves the API under. Other methods
 * are not redirected: on a path `routed` answers (trailing slash aside), they get the 405 they get
 * without the slash, not a 404 saying nothing is served there.
 */
export function trimTrailingSlash(
  routed: (path: string) => boolean = () => false,
): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && c.req.path.endsWith('/') && routed(c.req.path))
      return refuseMethod(c, ['GET', 'HEAD']);
    if (
      (method === 'GET' || method === 'HEAD') &&
      c.req.path.length > 1 &&
      c.req.path.endsWith('/')
    ) {
      const url = new URL(c.req.url);
      const path = url.pathname.replace(/\/+$/, '');
      // Never `//…`, which a client would read as another host.
      if (path.startsWith('/') && !path.startsWith('//')) {
        // Up one step per trailing slash and back down to the last segment (`../posts` from
        // `/api/posts/`): resolved against the URL the client asked for, that keeps whatever
        // path a proxy serves the API under (`/notes/api/posts`), which `/api/posts` would drop.
        const up = '../'.repeat(url.pathname.length - path.length);
        return c.redirect(`${up}${path.slice(path.lastIndexOf('/') + 1)}${url.search}`, 301);
      }
    }
    return next();
  };
}
