import { foldQuery, foldText } from './fold.ts';

// Fuzzy matching for the list filters, as fzf matches: each word of the query must match, in any
// order, its characters in order; runs of consecutive characters and matches at word starts score
// higher. Scoring allocates nothing, so a keystroke can score ten thousand titles; positions
// (for highlighting) are computed only for the rows on screen.

export type FuzzyMatch = { readonly score: number; readonly positions: readonly number[] };

/** The query as matched: lower case, without accents, its words one space apart. */
export const normalizeQuery = (query: string) => foldQuery(query).trim().split(/\s+/).join(' ');

/**
 * Scores a normalised query of one or more words against folded text: the sum of each word's
 * score, or -1 when a word does not match. "production docker" finds "Docker in production".
 */
export function queryScore(q: string, lower: string): number {
  if (!q.includes(' ')) return fuzzyScore(q, lower);
  let total = 0;
  for (const word of q.split(' ')) {
    const score = fuzzyScore(word, lower);
    if (score < 0) return -1;
    total += score;
  }
  return total;
}

function isBoundary(code: number): boolean {
  // Space, - _ / . : ( [ and the start of the text.
  return (
    code === 32 ||
    code === 45 ||
    code === 95 ||
    code === 47 ||
    code === 46 ||
    code === 58 ||
    code === 40 ||
    code === 91
  );
}

/**
 * Scores a normalised query against folded text: -1 when the characters do not all appear
 * in order. A substring scores above any scattered match.
 */
export function fuzzyScore(q: string, lower: string): number {
  if (!q) return 0;
  const at = lower.indexOf(q);
  if (at >= 0) return 1000 + (at === 0 || isBoundary(lower.charCodeAt(at - 1)) ? 100 : 0) - at;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (let k = 0; k < q.length; k++) {
    const i = lower.indexOf(q[k]!, from);
    if (i < 0) return -1;
    if (i === previous + 1) score += 5;
    if (i === 0 || isBoundary(lower.charCodeAt(i - 1))) score += 8;
    score -= previous < 0 ? i * 0.1 : (i - previous - 1) * 0.5;
    previous = i;
    from = i + 1;
  }
  return score;
}

/**
 * Matches `query` against `text`, ignoring case, accents and spaces in the query, with the positions of
 * the matched characters. Returns undefined when the characters do not all appear in order.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | undefined {
  const q = normalizeQuery(query);
  const lower = foldText(text);
  const score = queryScore(q, lower);
  if (score < 0) return undefined;
  if (!q) return { score, positions: [] };
  const positions = new Set<number>();
  for (const word of q.split(' ')) for (const i of wordPositions(word, lower)) positions.add(i);
  return { score, positions: [...positions].sort((a, b) => a - b) };
}

/** Where one word of the query matches: as a run when it is a substring, else char by char. */
function wordPositions(word: string, lower: string): number[] {
  const at = lower.indexOf(word);
  if (at >= 0) return Array.from({ length: word.length }, (_, i) => at + i);
  const positions: number[] = [];
  let from = 0;
  for (const char of word) {
    const i = lower.indexOf(char, from);
    positions.push(i);
    from = i + 1;
  }
  return positions;
}
