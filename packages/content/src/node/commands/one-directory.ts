/**
 * The content directory a command was given among its operands (`content` when none), or the
 * message of the mistake: two of them, or an empty one, which is what `confnotes check "$DIR"`
 * passes when a script's variable is unset, and which no folder is named.
 * @example oneDirectory('check', ['site/content']) // { dir: 'site/content' }
 */
export function oneDirectory(
  command: string,
  operands: readonly string[],
): { dir: string } | string {
  const [dir = 'content', second] = operands;
  if (second !== undefined)
    return `${command} takes one directory, but got \`${dir}\` and \`${second}\`.`;
  if (dir === '')
    return `${command} was given an empty directory name. Pass the folder that holds \`posts/\`, or none for \`content\`.`;
  return { dir };
}
