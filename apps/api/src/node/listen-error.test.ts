import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serverExit } from '../../test/server-exit.ts';
import { listenErrorMessage } from './listen-error.ts';

describe('a server that cannot listen', () => {
  it('says in one line that the port is taken and what to do, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const { code, stderr } = await serverExit({
        PORT: String(port),
        HOST: '127.0.0.1',
        SITE_DIR: '',
      });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `Cannot listen on 127.0.0.1:${port}: another process is using it. Stop it, or set PORT to another port (PORT=0 picks a free one).`,
      );
    } finally {
      taken.close();
    }
  });

  it('names the address, bracketing IPv6, and leaves other errors alone', () => {
    const denied = Object.assign(new Error('listen EACCES'), { code: 'EACCES' });
    expect(listenErrorMessage(denied, { host: '::1', port: 80 })).toBe(
      'Cannot listen on [::1]:80: this user may not open that port. Set PORT to one above 1023.',
    );
    expect(listenErrorMessage(new Error('other'), { host: '127.0.0.1', port: 1 })).toBeUndefined();
  });
});
