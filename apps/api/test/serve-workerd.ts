import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@confnotes/content/portable';
import { buildWorker } from '../worker/build-worker.ts';
import { writeWorkerdConfig } from '../worker/workerd-config.ts';

// The path of the `workerd` executable, which the npm package's platform dependency ships.
// It is CommonJS: depending on the loader, its path is the default export or the default's default.
const { default: found } = await import('workerd');
const WORKERD = typeof found === 'string' ? found : found.default;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilUp(url: string, exited: () => string | undefined, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const failure = exited();
    if (failure) throw new Error(failure);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`workerd did not answer on ${url} in ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Builds the Workers bundle over `catalog` and serves it with workerd on 127.0.0.1 and a free
 * port, exactly as it would run on Workers (the catalog a static asset); `close` stops workerd.
 */
export async function serveWorkerd(catalog: Catalog) {
  const dir = await mkdtemp(join(tmpdir(), 'confnotes-workerd-'));
  const built = await buildWorker(catalog, dir);
  const port = await freePort();
  const config = await writeWorkerdConfig(built, port);
  const child = spawn(WORKERD, ['serve', config, '--verbose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = `workerd exited (${code ?? signal}) before serving:\n${output.slice(-2000)}`;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, () => exit, 20_000);
  } catch (error) {
    child.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    output: () => output,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
