import type { SearchHitType } from '@confnotes/content/portable';
import type { Snapshot } from '../snapshot.ts';

/**
 * The words of a list's `q` the search leaves out as too common (`the`), as `/api/search` names
 * them: without them a list filtered by such words alone is empty with no reason given.
 * Undefined without `q`.
 * @example ignoredWords(snapshot, 'the docker', 'talk') // ['the']
 */
export function ignoredWords(
  snapshot: Snapshot,
  q: string | undefined,
  type: SearchHitType,
): string[] | undefined {
  if (q === undefined) return undefined;
  // No hit is asked for: the core names the words it left out only with a search's results.
  return [...snapshot.search.search(q, { types: [type], limit: 0 }).ignored];
}
