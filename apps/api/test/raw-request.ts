import { connect } from 'node:net';

/**
 * Sends a request as written to `origin`, for requests no HTTP client would send, and gives the
 * answer once the server closes the connection or the body its `Content-Length` names is in.
 * @example const answer = await sendRaw(origin, 'GET * HTTP/1.1\r\nHost: x\r\n\r\n');
 */
export function sendRaw(origin: string, request: string): Promise<string> {
  const url = new URL(origin);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk;
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head)?.[1];
      if (length !== undefined && Buffer.byteLength(body) >= Number(length)) {
        socket.end();
        resolve(text);
      }
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
