// A real server (the same `startServer` as `npm start`) over a private copy of the seeds, on a
// port the system picks, for tests that need a reloadable catalog or the server's limits.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerLimits } from '../../src/node/limits.ts';
import { type RunningServer, startServer } from '../../src/node/start-server.ts';

const seeds = fileURLToPath(new URL('../../../../content', import.meta.url));

export interface SeedServer {
  readonly origin: string;
  readonly contentDir: string;
  readonly running: RunningServer;
  close(): Promise<void>;
}

export async function startSeedServer(
  limits?: ServerLimits,
  options: { reload?: boolean } = {},
): Promise<SeedServer> {
  const work = mkdtempSync(join(tmpdir(), 'confnotes-api-harden-'));
  const contentDir = join(work, 'content');
  cpSync(seeds, contentDir, { recursive: true });
  const running = await startServer(
    { port: 0, host: '127.0.0.1', contentDir, siteDir: undefined },
    { log: () => {}, reload: options.reload ?? false, ...(limits ? { limits } : {}) },
  );
  return {
    origin: running.url.replace('localhost', '127.0.0.1'),
    contentDir,
    running,
    close: async () => {
      await running.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
