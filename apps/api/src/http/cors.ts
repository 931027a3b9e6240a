import type { MiddlewareHandler } from 'hono';

const METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED = 'ETag, Link, Last-Modified';

/**
 * CORS open to every origin for reading. Hono's `cors()` sets its headers before the route runs,
 * which makes Hono build a placeholder response and then copy it into the route's own (a full
 * web `Response` per request on Node); setting them afterwards on the final response costs
 * nothing of the sort.
 */
export function openCors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
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
  };
}
