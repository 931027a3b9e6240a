import { commonWords } from '@confnotes/content/portable';

/**
 * The words of a list's `q` the search leaves out as too common (`the`), as `/api/search` names
 * them: without them a list filtered by such words alone is empty with no reason given.
 * Undefined without `q`.
 * @example ignoredWords('the docker') // ['the']
 */
export function ignoredWords(q: string | undefined): string[] | undefined {
  return q === undefined ? undefined : commonWords(q);
}
