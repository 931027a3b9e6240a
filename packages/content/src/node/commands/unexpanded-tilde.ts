import { sep } from 'node:path';

/**
 * What to add to the message of an `--out` whose folder is missing when it starts with `~`: the
 * shell expands `~` at the start of a word only, so `--out=~/catalog.json` (or a quoted `~`)
 * reaches confnotes as a folder named `~`, which is rarely there. '' for any other path.
 * @example unexpandedTilde('~/catalog.json') // ' The shell did not expand `~` ...'
 */
export function unexpandedTilde(path: string): string {
  if (!path.startsWith(`~${sep}`) && !path.startsWith('~/')) return '';
  return ` The shell did not expand \`~\` (it does not after \`--out=\` or in quotes): write \`--out ${path}\`, or \`--out=$HOME${path.slice(1)}\`.`;
}
