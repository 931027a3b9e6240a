import { printable } from '../../text/printable.ts';
import { commandOfOtherTools } from './command-of-other-tools.ts';
import { didYouMean } from './did-you-mean.ts';

/** The options of each command, by the command's name. */
export type OptionsByCommand = Readonly<Record<string, readonly string[]>>;

/**
 * The message for `name`, given where confnotes expects a command. An option there is most
 * often one of a command's, given before it (`confnotes --format json check`), or a mistyped
 * `--version`: either is said as such rather than as an unknown command named `--format`.
 * @example unknownCommand('--format', { check: ['--format'] }, ['json', 'check']) // '`--format` is an option of `check`: give it after the command, as in `confnotes check --format json`.'
 * @example unknownCommand('--verison', { check: ['--format'] }) // 'confnotes does not know the option `--verison`. Did you mean `--version`?'
 */
export function unknownCommand(
  name: string,
  commands: OptionsByCommand,
  /** The arguments after `name`, which may hold the command and the option's value. */
  rest: readonly string[] = [],
): string {
  const shown = printable(name);
  if (!name.startsWith('-') || name === '-') {
    const meant = commandOfOtherTools(name) || didYouMean(name, [...Object.keys(commands), 'help']);
    return `confnotes does not know the command \`${shown}\`.${meant}`;
  }
  const bare = name.split('=')[0]!;
  const owners = Object.keys(commands).filter((command) => commands[command]!.includes(bare));
  if (owners.length > 0) {
    // The line as it was meant when it names the command further on: `--format json check` is
    // `check --format json`, the value kept (the option alone would be refused for lacking one),
    // and `--no-cache export` stays `export`'s.
    const at = rest.findIndex((arg) => owners.includes(arg));
    const meant =
      at < 0 ? [owners[0]!, name] : [rest[at]!, name, ...rest.slice(0, at), ...rest.slice(at + 1)];
    return `\`${printable(bare)}\` is an option of ${owners.map((c) => `\`${c}\``).join(' and ')}: give it after the command, as in \`confnotes ${meant.map(printable).join(' ')}\`.`;
  }
  return `confnotes does not know the option \`${shown}\`.${didYouMean(name, ['--help', '--version'])}`;
}
