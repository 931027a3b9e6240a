import { RequestError } from '@hono/node-server';

/**
 * The answer to a request Node parsed but no URL can be made of (a `Host` that names no host,
 * `GET *`, a backslash in the path): a JSON error with CORS, as the API's other refusals,
 * where `@hono/node-server` answered an empty 400. Anything else thrown before the app answers
 * is a 500 alike. Give it to `getRequestListener` as `errorHandler`. (HTTP/1.1 with no `Host`
 * at all is refused by Node itself, before any listener.)
 */
export function requestErrorResponse(error: unknown): Response {
  const bad = error instanceof RequestError;
  const body = bad
    ? {
        code: 'bad_request',
        message:
          'The request names no URL the server can read: send a Host header and a path that starts with /.',
      }
    : { code: 'internal_error', message: 'The server failed to answer; try again.' };
  return new Response(JSON.stringify({ error: body }), {
    status: bad ? 400 : 500,
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
  });
}
