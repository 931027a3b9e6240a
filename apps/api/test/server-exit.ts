import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));

/**
 * Runs a script of the package (`path` from its folder, or absolute) as its npm script does,
 * with `env` over this process's, for a run that is meant to fail: gives its exit code and what
 * it printed on stderr.
 * @example const { code, stderr } = await scriptExit('scripts/prepare-catalog.ts', ['x.json']);
 */
export async function scriptExit(
  path: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string }> {
  const file = path.startsWith('/') ? path : fileURLToPath(new URL(`../${path}`, import.meta.url));
  const proc = spawn(process.execPath, ['--conditions=@confnotes/source', file, ...args], {
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

/**
 * Runs the server entry as `npm start` does, for a start that is meant to fail.
 * @example const { code, stderr } = await serverExit({ PORT: 'eighty' });
 */
export function serverExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return scriptExit(server, [], env);
}
