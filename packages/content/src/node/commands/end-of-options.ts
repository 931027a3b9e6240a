/** A command's arguments split at the first `--`. */
export interface SplitArguments {
  /** The arguments before `--`: options and operands. */
  readonly options: string[];
  /** The arguments after `--`: operands only, even those that start with `-`. */
  readonly operands: string[];
}

/**
 * Splits a command's arguments at the first `--`, after which nothing is an option, as in POSIX
 * utilities: `confnotes check -- -drafts` checks the folder `-drafts`, and a script can pass
 * any path safely after `--`.
 * @example splitAtDashes(['--pretty', '--', '-x']) // { options: ['--pretty'], operands: ['-x'] }
 */
export function splitAtDashes(args: readonly string[]): SplitArguments {
  const at = args.indexOf('--');
  return at < 0
    ? { options: [...args], operands: [] }
    : { options: args.slice(0, at), operands: args.slice(at + 1) };
}
