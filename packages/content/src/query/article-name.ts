// Jekyll's own list (`markdown_ext`: markdown, mkdown, mkdn, mkd, md), `.mdown`, MDX, and
// plain `.txt` posts: what every part that asks whether a file is a post answers alike.
const articleExtension = /\.(md|markdown|mdown|mkdown|mkdn|mkd|mdx|txt)$/i;

/**
 * Whether a file of this name is an article: a .md, .markdown, .mdown, .mkdown, .mkdn, .mkd,
 * .mdx or .txt file.
 * @example isArticleName('2015-11-19-day-two.mkd') === true
 */
export function isArticleName(name: string): boolean {
  return articleExtension.test(name);
}
