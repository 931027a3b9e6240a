import type { IncomingMessage, ServerResponse } from 'node:http';
import { REFUSAL_HEADERS } from '../http/refusal-headers.ts';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

const BODY = JSON.stringify({
  error: {
    code: 'missing_host',
    message:
      'An HTTP/1.1 request must send a Host header (RFC 9112, section 3.2); send the host and port you connected to.',
  },
});

/** Whether the raw header list names a `Host`: `request.headers` is built on first read. */
function hasHost(raw: readonly string[]): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 4 && name.toLowerCase() === 'host') return true;
  }
  return false;
}

/**
 * A listener that refuses an HTTP/1.1 request without `Host` with the API's JSON error, and
 * hands every other to `next`. Node's own check (`requireHostHeader`, turned off in
 * `nodeServerOptions`) answered a bare 400, which a page on another site sees as a network
 * error. HTTP/1.0 has no `Host` to send, and is answered.
 */
export function hostRequired(next: Listener): Listener {
  return (request, response) => {
    if (request.httpVersionMajor === 1 && request.httpVersionMinor === 0)
      return next(request, response);
    if (hasHost(request.rawHeaders)) return next(request, response);
    response.writeHead(400, {
      'Content-Type': 'application/json',
      ...REFUSAL_HEADERS,
      'Access-Control-Allow-Origin': '*',
      'Content-Length': Buffer.byteLength(BODY),
      Connection: 'close',
    });
    response.end(BODY);
  };
}
