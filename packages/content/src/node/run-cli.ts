import { readFileSync } from 'node:fs';
import { consoleOutput } from './cli-output.ts';
import { CHECK_HELP, runCheck } from './commands/check.ts';
import { COMMAND_OPTIONS } from './commands/command-options.ts';
import { splitAtDashes } from './commands/end-of-options.ts';
import { EXPORT_HELP, runExport } from './commands/export.ts';
import { guarded } from './commands/unexpected-error.ts';
import { unknownCommand } from './commands/unknown-command.ts';
import { workingDirProblem } from './commands/working-dir.ts';
import type { ProgressStream } from './progress.ts';

/** Where a command writes; tests pass their own. */
export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /**
   * Writes a chunk of standard output as it is (no newline), resolving once it may be given
   * the next: how `export` prints a catalog too large for one string. `out` is used without it.
   * It may throw `OutputStopped` (from `@confnotes/content/node`) when the output takes no more,
   * which ends the writing quietly; any other error it throws ends the command as a bug would.
   */
  readonly write?: (chunk: string) => void | Promise<void>;
  /**
   * Where a long build draws its progress line, when it is a terminal: the process's standard
   * error for the `confnotes` bin. Left out, no progress is drawn: all a command writes goes
   * through `out`, `err` and `write`.
   */
  readonly progress?: ProgressStream;
  /**
   * Whether the lines of `out` and of `err` may carry colors (a terminal that takes them, or
   * `FORCE_COLOR`): the severity of a diagnostic and the counts of the summary are colored.
   * Left out, all is plain text.
   */
  readonly colors?: { readonly out: boolean; readonly err: boolean };
}

/** A subcommand: takes its arguments, returns the exit code. */
export type Command = (args: string[], output: CliOutput) => Promise<number>;

// Subcommands by name.
const commands: Record<
  string,
  {
    readonly summary: string;
    readonly help: string;
    readonly run: Command;
  }
> = {
  check: {
    summary: 'check [dir]   validate the articles of a content directory',
    help: CHECK_HELP,
    run: runCheck,
  },
  export: {
    summary: 'export [dir]  print the catalog (posts, talks, speakers, events) as JSON',
    help: EXPORT_HELP,
    run: runExport,
  },
};

// Asked for (`--help`), it also names the environment; a mistake only gets what to type.
const usage = (asked = false) =>
  [
    'Usage: confnotes <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    '',
    'Run `confnotes <command> --help` for the options of a command.',
    'Run `confnotes --version` for the version of confnotes.',
    ...(asked
      ? [
          '',
          'Environment:',
          '  NO_COLOR=1     plain text on a terminal too',
          '  FORCE_COLOR=1  colors in a pipe or a file too',
        ]
      : []),
  ].join('\n');

// The package's manifest is two folders up from this file, in the source and in `dist/` alike.
const version = () =>
  (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * Runs the `confnotes` command line and returns its exit code: 0 on success (warnings
 * included), 1 when the content has errors, 2 on a usage mistake or an unexpected error.
 * @example process.exitCode = await runCli(['check', 'content']);
 */
export async function runCli(argv: string[], output?: CliOutput): Promise<number> {
  if (output) return runWith(argv, output);
  // Made only when asked for: it takes over the process's streams' errors.
  const stdio = consoleOutput();
  return stdio.exitCode(await runWith(argv, stdio));
}

async function runWith(argv: string[], output: CliOutput): Promise<number> {
  const [name, ...args] = argv;
  // Asked for, the usage is the output; for a missing command it is the message of a mistake.
  if (!name) {
    output.err(usage());
    return 2;
  }
  // `confnotes help check` is `confnotes check --help`, as `git help commit` is.
  if (name === 'help' && args[0] !== undefined) return runWith([args[0], '--help'], output);
  if (name === '--help' || name === '-h' || name === 'help') {
    output.out(usage(true));
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    output.out(version());
    return 0;
  }
  const command = commands[name];
  const lost = command && workingDirProblem();
  if (lost) {
    output.err(lost);
    return 2;
  }
  if (!command) {
    output.err(`${unknownCommand(name, COMMAND_OPTIONS, args)}\n\n${usage()}`);
    return 2;
  }
  // Help wins wherever it stands before `--`, as it does in most tools: `check content --help` too.
  if (splitAtDashes(args).options.some((arg) => arg === '--help' || arg === '-h')) {
    output.out(command.help);
    return 0;
  }
  return guarded(() => command.run(args, output), output);
}
