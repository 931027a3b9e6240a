import { writeFailure } from './cli-write-failure.ts';
import { colorsFor } from './commands/colors.ts';
import type { CliOutput } from './run-cli.ts';

/**
 * Thrown by a console output's `write` once standard output takes no more: its reader went
 * away or a write failed. A command stops writing then; what to print was printed already.
 */
export class OutputStopped extends Error {
  constructor() {
    super('Standard output takes no more.');
    this.name = 'OutputStopped';
  }
}

/** Standard output and error for the `confnotes` bin, and how a failed write changes its exit code. */
export interface ConsoleOutput extends CliOutput {
  /** The exit code once the command returned `code`: 1 if standard output could not be written. */
  readonly exitCode: (code: number) => number;
}

// One for the process: its streams are the same for every command run in it, and so is what
// became of them. Each run adding listeners of its own would report one failure once per run.
let stdio: ConsoleOutput | undefined;

/**
 * The process's standard output and error, which never crash the process. A reader that closes
 * its end early (`confnotes export | head -1`) ends the output quietly: it took what it wanted,
 * as `head` does of `cat`, so the exit code stays the command's own (Node ignores SIGPIPE, so
 * there is no signal death to copy, and a script under `pipefail` should not fail on `| head`).
 * Any other failure (a full disk, `> /dev/full`) is said once, in one line, and exits 1. The
 * same for every call: code that runs many commands in one process (`runCli`) listens to the
 * streams once.
 */
export function consoleOutput(): ConsoleOutput {
  stdio ??= processOutput();
  return stdio;
}

function processOutput(): ConsoleOutput {
  const { stdout, stderr } = process;
  let closed = false;
  let failed = false;
  // The writes waiting for standard output to drain, woken when it fails instead.
  const waiting = new Set<() => void>();
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    // After the first error the stream is destroyed and later writes only repeat it.
    if (!closed && !failed) {
      if (error.code === 'EPIPE') closed = true;
      else {
        failed = true;
        stderr.write(`${writeFailure('standard output', error)}\n`);
        // The error may arrive after the command returned its code.
        process.exitCode = 1;
      }
    }
    for (const wake of waiting) wake();
  });
  // With standard error gone there is nowhere left to say anything.
  stderr.on('error', () => {});
  const stopped = () => closed || failed;
  return {
    out: (line) => {
      if (!stopped()) stdout.write(`${line}\n`);
    },
    err: (line) => {
      stderr.write(`${line}\n`);
    },
    // A pipe takes output as fast as its reader does: the next chunk waits until it drained.
    write: async (chunk) => {
      if (stopped()) throw new OutputStopped();
      if (!stdout.write(chunk)) {
        let wake = () => {};
        await new Promise<void>((resolve) => {
          wake = resolve;
          waiting.add(wake);
          stdout.once('drain', wake);
        });
        waiting.delete(wake);
        stdout.off('drain', wake);
      }
      if (stopped()) throw new OutputStopped();
    },
    exitCode: (code) => (failed ? 1 : code),
    progress: stderr,
    colors: { out: colorsFor(stdout), err: colorsFor(stderr) },
  };
}
