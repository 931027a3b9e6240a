import { onlyCommonWords } from '@confnotes/content/portable';

/**
 * What the full-text search says when it finds nothing: that the words are too common to
 * search (`the`, `and`), which the search leaves out, or else that nothing holds them.
 * @example nothingFound('the', ['the']) // '"the" is too common a word to search for; add another.'
 */
export function nothingFound(query: string, ignored: readonly string[]): string {
  if (onlyCommonWords(query) && ignored.length > 0)
    return ignored.length === 1
      ? `"${ignored[0]}" is too common a word to search for; add another.`
      : `${ignored.map((w) => `"${w}"`).join(', ')}: too common to search for; add another word.`;
  return `No post, talk or speaker holds "${query}".`;
}
