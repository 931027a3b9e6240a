// Jekyll's own list (`markdown_ext`: markdown, mkdown, mkdn, mkd, md), `.mdown`, MDX, and
// plain `.txt` posts: what every part that asks whether a file is a post answers alike.
const articleExtension = /\.(md|markdown|mdown|mkdown|mkdn|mkd|mdx|txt)$/i;
const hidden = /(?:^|[\\/])\.[^\\/]*$/;

/**
 * Whether a file of this name (or path) is an article: a .md, .markdown, .mdown, .mkdown,
 * .mkdn, .mkd, .mdx or .txt file whose name does not begin with a dot. Hidden files are not,
 * as no blog engine publishes them: among them the `.#name.md` lock Emacs leaves beside a
 * file while it is being edited.
 * @example isArticleName('2015-11-19-day-two.mkd') === true
 * @example isArticleName('posts/.#2015-11-19-day-two.md') === false
 */
export function isArticleName(name: string): boolean {
  return articleExtension.test(name) && !hidden.test(name);
}

/**
 * A path without its article extension, when it has one.
 * @example articleStem('posts/2015-11-19-day-two.md') === 'posts/2015-11-19-day-two'
 */
export function articleStem(path: string): string {
  return path.replace(articleExtension, '');
}
