import type { Socket } from 'node:net';
import { REFUSAL_HEADERS } from '../http/refusal-headers.ts';

// What Node answers itself, before any route sees the request, for each parse error it names.
const ANSWERS: Record<string, [status: number, reason: string, code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'headers_too_large',
    'The request line and headers are larger than the server accepts; send fewer or shorter headers (cookies, long custom headers).',
  ],
  // Node's parser knows a fixed list of methods and refuses any other (`FOO`, `get`) before a
  // route could answer 405: not broken HTTP, a method this server does not implement.
  HPE_INVALID_METHOD: [
    501,
    'Not Implemented',
    'method_not_implemented',
    'The request method is not one this server implements (methods are case-sensitive); the API answers GET, HEAD and OPTIONS.',
  ],
  // Node's parser takes only ASCII in a request's URL (Workers take UTF-8 as well): what curl
  // sends of `?q=café` typed as it is.
  HPE_INVALID_URL: [
    400,
    'Bad Request',
    'invalid_url',
    'The URL holds a character that must be percent-encoded (a letter beyond ASCII, a control character): send é as %C3%A9, as encodeURIComponent does.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Request Timeout',
    'request_timeout',
    'The request took too long to arrive; send it again, whole.',
  ],
};
const BAD: [number, string, string, string] = [
  400,
  'Bad Request',
  'bad_request',
  'The request is not valid HTTP/1.1.',
];

/**
 * Answers a request Node refuses before it is parsed (a head over the size limit, a timeout,
 * broken HTTP) as the API answers its other refusals: a JSON error that a page on another
 * site can read, rather than Node's bare status line, which such a page sees as a network
 * error. Give it to the server's `clientError` event.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // Nothing to answer on a connection the client already dropped.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = ANSWERS[error.code ?? ''] ?? BAD;
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'Content-Type: application/json\r\n' +
      Object.entries(REFUSAL_HEADERS)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Access-Control-Allow-Origin: *\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
}
