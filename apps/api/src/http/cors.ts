import type { MiddlewareHandler } from 'hono';

const METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED = 'ETag, Link, Last-Modified';

/**
 * CORS open to every origin for reading. Hono's `cors()` sets its headers before the route runs,
 * which makes Hono build a placeholder response and then copy it into the route's own (a full
 * web `Response` per request on Node); setting them afterwards on the final response costs
 * nothing of the sort. `routed` says which paths have a resource to describe.
 */
export function openCors(routed: (path: string) => boolean = () => true): MiddlewareHandler {
  return async (c, next) => {
    // Of a path no route answers, OPTIONS is the 404 a GET gets, not methods it does not have.
    if (c.req.method === 'OPTIONS' && routed(c.req.path)) {
      const requested = c.req.header('access-control-request-headers');
      return new Response(null, {
        status: 204,
        headers: {
          // For a plain OPTIONS (no preflight), which asks what the resource allows.
          allow: METHODS,
          'access-control-allow-origin': '*',
          'access-control-allow-methods': METHODS,
          'access-control-max-age': '86400',
          ...(requested && { 'access-control-allow-headers': requested }),
        },
      });
    }
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
    c.res.headers.set('access-control-expose-headers', EXPOSED);
    // Said, where it could be left out, for projects that type-check this file with
    // noImplicitReturns (the typed client brings it along): the branch above returns a Response.
    return;
  };
}
