// Speaks HTTP by hand over a socket, to send what a well-behaved client never would: headers a
// byte at a time, bodies that never end, heads larger than any client builds.
import { connect } from 'node:net';

export interface RawResult {
  /** The status line's code, or undefined if the server sent none. */
  readonly status: number | undefined;
  /** Milliseconds until the server closed the connection (or the deadline passed). */
  readonly closedAfterMs: number;
  /** Whether the server closed the connection before the deadline. */
  readonly closed: boolean;
}

/**
 * Opens a connection, writes `chunks` with `gapMs` between them (stopping early once the server
 * closes), and waits up to `deadlineMs` for the server to close.
 */
export function rawExchange(
  origin: string,
  chunks: readonly (string | Buffer)[],
  options: { gapMs?: number; deadlineMs: number },
): Promise<RawResult> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    let received = '';
    let done = false;
    const socket = connect(Number(port), hostname);
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve({
        status: status ? Number(status) : undefined,
        closedAfterMs: Math.round(performance.now() - started),
        closed,
      });
    };
    const deadline = setTimeout(() => finish(false), options.deadlineMs);
    socket.setEncoding('latin1');
    socket.on('data', (data) => {
      received += data;
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (done || socket.destroyed) return;
        socket.write(chunk);
        if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      }
    });
  });
}
