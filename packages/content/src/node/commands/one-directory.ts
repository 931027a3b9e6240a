import { contentOfArticle } from './content-of-article.ts';

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
  if (second !== undefined) {
    const more = operands.length > 2 ? ` (and ${operands.length - 2} more)` : '';
    const got = `${command} takes one directory, but got \`${dir}\` and \`${second}\`${more}.`;
    // `check content/posts/*.md`, a linter's habit, gives the shell's list of articles.
    const content = contentOfArticle(dir);
    return content === undefined
      ? got
      : `${got} confnotes checks a content directory as a whole: pass the folder that holds \`posts/\` (here \`${content}\`).`;
  }
  if (dir === '')
    return `${command} was given an empty directory name. Pass the folder that holds \`posts/\`, or none for \`content\`.`;
  return { dir };
}
