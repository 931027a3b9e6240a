import { printable } from '../../text/printable.ts';
import type { CliOutput } from '../run-cli.ts';

/**
 * Runs a command, turning an error it did not expect (a bug, or a file system that fails in a
 * way the build does not handle) into a short report and exit code 2, instead of Node's dump
 * of the throwing source line and exit code 1, which a script would read as content errors.
 * @example return guarded(() => command.run(args, output), output);
 */
export async function guarded(run: () => Promise<number>, output: CliOutput): Promise<number> {
  try {
    return await run();
  } catch (error) {
    output.err(unexpectedError(error));
    return 2;
  }
}

/**
 * The report of an unexpected error: what it was, what to do, and where it was thrown. Its
 * message may quote a file's name, which the content chooses: written as every path confnotes
 * prints is, so that it cannot drive the terminal.
 */
export function unexpectedError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const frames =
    error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
  return [
    `confnotes stopped on an unexpected error: ${printable(message)}`,
    '  hint: This is a bug in confnotes, not a mistake in the content: please report it with these lines.',
    ...frames.map(printable),
  ].join('\n');
}
