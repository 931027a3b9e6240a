import { MIN_PREFIX_LETTERS, onlyCommonWords, tokenize } from '@confnotes/content/search';
import { count } from './count.ts';

/**
 * What the search page says of a query's results. A query with no hit that has a word too short
 * to be found by its beginning is not done yet: the reader is told to type on, where the page
 * said that nothing matched while they typed the first letters of a word that does.
 * @example searchStatus('do', 0, 0) === 'Type at least three letters to find the words that begin with them.'
 */
export function searchStatus(
  query: string,
  total: number,
  shown: number,
  ignored: readonly string[] = [],
): string {
  if (total === 0) {
    // A query of words too common to search (`the`, `and`) finds nothing, whatever follows.
    if (onlyCommonWords(query) && ignored.length > 0)
      return ignored.length === 1
        ? `“${ignored[0]}” is too common a word to search for; add another.`
        : `${ignored.map((w) => `“${w}”`).join(', ')}: too common to search for; add another word.`;
    // The index finds a word by its beginning only from MIN_PREFIX_LETTERS on: `d` and `do` find
    // nothing on their way to `docker`.
    const short = tokenize(query).some((word) => word.length < MIN_PREFIX_LETTERS);
    return short
      ? 'Type at least three letters to find the words that begin with them.'
      : `Nothing matches “${query}”.`;
  }
  // Only the best hits are listed: a reader told of more must learn why the list ends sooner.
  const more = shown < total ? ` The best ${shown} are shown; add a word to narrow them.` : '';
  return `${count(total, 'result')} for “${query}”.${more}`;
}
