import { COMMAND_OPTIONS, type CommandName } from './command-options.ts';
import { didYouMean } from './did-you-mean.ts';

/**
 * The message for `arg`, an option `command` does not take. A switch given a value
 * (`--pretty=yes`, `--no-cache=false`) is said to take none: a guess at the option meant would
 * name the very option given, which reads as if it had been mistyped. An option of another
 * command (`check --out`, `export --format`) is said to be that command's.
 * @example unknownOption('export', '--pretty=yes', ['--pretty']) // '`--pretty` takes no value: ...'
 */
export function unknownOption(
  command: CommandName,
  arg: string,
  switches: readonly string[],
): string {
  const at = arg.indexOf('=');
  const name = at < 0 ? arg : arg.slice(0, at);
  if (at >= 0 && switches.includes(name))
    return `\`${name}\` takes no value: give \`${name}\` alone, not \`${arg}\`.`;
  const unknown = `${command} does not know the option \`${arg}\`.`;
  const owners = Object.entries(COMMAND_OPTIONS)
    .filter(
      ([other, options]) => other !== command && (options as readonly string[]).includes(name),
    )
    .map(([other]) => `\`${other}\``);
  if (owners.length > 0) return `${unknown} It is an option of ${owners.join(' and ')}.`;
  return `${unknown}${didYouMean(arg, COMMAND_OPTIONS[command])}`;
}
