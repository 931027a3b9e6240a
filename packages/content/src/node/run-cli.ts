import { runCheck } from './commands/check.ts';
import { runExport } from './commands/export.ts';

/** Where a command writes; tests pass their own. */
export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /**
   * Writes a chunk of standard output as it is (no newline), resolving once it may be given
   * the next: how `export` prints a catalog too large for one string. `out` is used without it.
   */
  readonly write?: (chunk: string) => void | Promise<void>;
}

/** A subcommand: takes its arguments, returns the exit code. */
export type Command = (args: string[], output: CliOutput) => Promise<number>;

// Subcommands by name.
const commands: Record<string, { readonly summary: string; readonly run: Command }> = {
  check: {
    summary:
      'check [dir] [--format text|json] [--workers N] [--no-cache]  validate the articles of a content directory',
    run: runCheck,
  },
  export: {
    summary:
      'export [dir] [--out file] [--pretty] [--workers N] [--no-cache]  print the catalog (posts, talks, speakers) as JSON',
    run: runExport,
  },
};

const usage = () =>
  [
    'Usage: confnotes <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.summary}`),
  ].join('\n');

const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // A pipe takes output as fast as its reader does: the next chunk waits until it drained.
  write: (chunk) =>
    new Promise((resolve) => {
      if (process.stdout.write(chunk)) resolve();
      else process.stdout.once('drain', resolve);
    }),
};

/**
 * Runs the `confnotes` command line and returns its exit code: 0 on success (warnings
 * included), 1 when the content has errors, 2 on a usage mistake.
 * @example process.exitCode = await runCli(['check', 'content']);
 */
export async function runCli(argv: string[], output: CliOutput = consoleOutput): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    output.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    output.err(`confnotes does not know the command \`${name}\`.\n\n${usage()}`);
    return 2;
  }
  return command.run(args, output);
}
