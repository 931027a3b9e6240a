import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));

/**
 * Runs the server entry as `npm start` does, with `env` over this process's, for a start that
 * is meant to fail: gives its exit code and what it printed on stderr.
 * @example const { code, stderr } = await serverExit({ PORT: 'eighty' });
 */
export async function serverExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ['--conditions=@confnotes/source', server], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
  return { code, stderr };
}
