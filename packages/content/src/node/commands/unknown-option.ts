import { didYouMean } from './did-you-mean.ts';

/**
 * The message for `arg`, an option `command` does not take. A switch given a value
 * (`--pretty=yes`, `--no-cache=false`) is said to take none: a guess at the option meant would
 * name the very option given, which reads as if it had been mistyped.
 * @example unknownOption('export', '--pretty=yes', ['--pretty', '--out'], ['--pretty']) // '`--pretty` takes no value: ...'
 */
export function unknownOption(
  command: string,
  arg: string,
  options: readonly string[],
  switches: readonly string[],
): string {
  const at = arg.indexOf('=');
  const name = at < 0 ? arg : arg.slice(0, at);
  if (at >= 0 && switches.includes(name))
    return `\`${name}\` takes no value: give \`${name}\` alone, not \`${arg}\`.`;
  return `${command} does not know the option \`${arg}\`.${didYouMean(arg, options)}`;
}
