import type { MiddlewareHandler } from 'hono';

/**
 * Sends a GET or HEAD of a path ending with a slash (`/api/posts/?limit=1`) on to the path without
 * it, query kept, with a 301. The Location is relative: Hono's own redirect names the scheme and
 * host the server saw, which behind an HTTPS proxy sends the client to `http://`.
 */
export function trimTrailingSlash(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (
      (method === 'GET' || method === 'HEAD') &&
      c.req.path.length > 1 &&
      c.req.path.endsWith('/')
    ) {
      const url = new URL(c.req.url);
      const path = url.pathname.replace(/\/+$/, '');
      // Never `//…`, which a client would read as another host.
      if (path.startsWith('/') && !path.startsWith('//')) {
        return c.redirect(`${path}${url.search}`, 301);
      }
    }
    await next();
  };
}
