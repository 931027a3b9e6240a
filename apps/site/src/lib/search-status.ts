import { count } from './count.ts';

// The index finds a word by its beginning from three letters on (`doc` finds `docker`); a word of
// one or two letters finds only itself, so `d` and `do` find nothing on their way to `docker`.
const PREFIX_LETTERS = 3;
// The words of a query as the index reads them: runs of letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What the search page says of a query's results. A query with no hit that has a word too short
 * to be found by its beginning is not done yet: the reader is told to type on, where the page
 * said that nothing matched while they typed the first letters of a word that does.
 * @example searchStatus('do', 0, 0) === 'Type at least three letters to find the words that begin with them.'
 */
export function searchStatus(query: string, total: number, shown: number): string {
  if (total === 0) {
    const short = (query.match(WORD) ?? []).some((word) => word.length < PREFIX_LETTERS);
    return short
      ? 'Type at least three letters to find the words that begin with them.'
      : `Nothing matches “${query}”.`;
  }
  // Only the best hits are listed: a reader told of more must learn why the list ends sooner.
  const more = shown < total ? ` The best ${shown} are shown; add a word to narrow them.` : '';
  return `${count(total, 'result')} for “${query}”.${more}`;
}
