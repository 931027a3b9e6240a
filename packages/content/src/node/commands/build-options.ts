import { cleanedUpOnSignal } from '../cleaned-up-on-signal.ts';
import type { LoadCatalogOptions } from '../load-catalog.ts';
import { type ProgressStream, terminalProgress } from '../progress.ts';
import { optionAt } from './option-at.ts';

/** The build options `check` and `export` share: `--workers N` and `--no-cache`. */
export interface BuildFlags {
  workers?: number;
  noCache?: boolean;
}

/** The names of the build options, for a guess at a mistyped one. */
export const BUILD_OPTIONS = ['--workers', '--no-cache'];

export const BUILD_USAGE = '[--workers N] [--no-cache]';

/** The lines of a command's help that describe the build options. */
export const BUILD_OPTIONS_HELP = [
  '  --workers N         threads that parse articles, 1 or more (default: one per',
  '                      core)',
  '  --no-cache          build from scratch, without reading or writing the cache',
];

/**
 * Reads a build option at `args[i]` into `flags`: how many argument slots it used (0 when
 * `args[i]` is not a build option), or a message when its value is wrong.
 */
export function readBuildFlag(args: string[], i: number, flags: BuildFlags): number | string {
  const arg = args[i]!;
  if (arg === '--no-cache') {
    flags.noCache = true;
    return 1;
  }
  const workers = optionAt(args, i, '--workers');
  if (workers) {
    const { value, used } = workers;
    if (value === undefined)
      return '--workers needs a value: a whole number of threads, 1 or more.';
    // Digits only: `Number` also reads `0x2`, `1e1` and ` 2 `, which no one means as a count.
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1)
      return `--workers takes a whole number of threads, 1 or more, not \`${value}\`.`;
    flags.workers = n;
    return used;
  }
  return 0;
}

/**
 * Runs `build` with the options the flags ask for and a progress line on `stream` when it is a
 * terminal; nothing is drawn when it is not, or when there is none. The line is cleared when the
 * build ends, and when a signal (Ctrl-C, a kill, the terminal closing) stops it: the process
 * then ends by that signal, as it would have without the line.
 */
export async function withBuildOptions<T>(
  flags: BuildFlags,
  stream: ProgressStream | undefined,
  build: (options: LoadCatalogOptions) => Promise<T>,
): Promise<T> {
  const progress = stream && terminalProgress(stream);
  const run = () =>
    build({
      workers: flags.workers,
      cacheDir: flags.noCache ? false : undefined,
      onProgress: progress?.update,
    });
  if (!progress) return run();
  try {
    // A line left half-drawn by Ctrl-C or a kill would hold the shell's prompt after it.
    return await cleanedUpOnSignal(progress.end, run);
  } finally {
    progress.end();
  }
}
