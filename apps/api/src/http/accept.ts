import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

/**
 * Whether an `Accept` header lets the API answer `application/json`: no header, or a range that
 * covers it with a weight above 0. The most specific range decides, so
 * `application/json;q=0, *\/*` refuses JSON while `text/html, *\/*;q=0.8` (a browser's) takes it.
 * @example acceptsJson('application/xml') // false
 */
export function acceptsJson(header: string | undefined): boolean {
  if (header === undefined || header === '*/*' || header === 'application/json') return true;
  if (header.trim() === '') return true;
  let weight: number | undefined;
  let specificity = -1;
  let ranges = 0;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    // Empty or malformed elements name no type: a header of only those is as if not sent.
    if (!/^[^/\s]+\/[^/\s]+$/.test(range)) continue;
    ranges++;
    const rank =
      range === 'application/json' ? 2 : range === 'application/*' ? 1 : range === '*/*' ? 0 : -1;
    if (rank <= specificity) continue;
    const q = params.map((param) => /^q=([\d.]+)$/.exec(param)?.[1]).find(Boolean);
    specificity = rank;
    weight = q === undefined ? 1 : Number(q);
  }
  if (ranges === 0) return true;
  return weight !== undefined && weight > 0;
}

/** What a client that refused JSON is told; thrown before any route runs. */
export function notAcceptable(): ApiError {
  return new ApiError(
    406,
    'not_acceptable',
    'This API answers with application/json only; send Accept: application/json, or no Accept.',
    { available: ['application/json'] },
  );
}

/**
 * Answers 406 to a request whose `Accept` refuses JSON, rather than a 200 the client said it
 * cannot use. The reference pages (`/api/docs`) are HTML and scripts, and are left alone, as is
 * the OpenAPI document: tools ask for it by types of their own
 * (`application/vnd.oai.openapi+json`) and read the JSON all the same.
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    const exempt =
      path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/');
    if (!exempt && !acceptsJson(c.req.header('accept'))) throw notAcceptable();
    await next();
  };
}
