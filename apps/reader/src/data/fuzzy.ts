// Fuzzy matching for the list filters: the query's characters must appear in order; runs of
// consecutive characters and matches at word starts score higher. It returns the matched
// positions so that the list can highlight them.

export type FuzzyMatch = { readonly score: number; readonly positions: readonly number[] };

const isWordStart = (text: string, i: number) => i === 0 || /[\s\-_/.:([]/.test(text[i - 1]!);

/**
 * Matches `query` against `text`, ignoring case and spaces in the query.
 * Returns undefined when the characters do not all appear in order.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | undefined {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return { score: 0, positions: [] };
  const t = text.toLowerCase();
  // A plain substring is the best kind of match; prefer it when there is one.
  const at = t.indexOf(q);
  if (at >= 0) {
    const positions = Array.from({ length: q.length }, (_, i) => at + i);
    return { score: 1000 + (isWordStart(t, at) ? 100 : 0) - at, positions };
  }
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const char of q) {
    const i = t.indexOf(char, from);
    if (i < 0) return undefined;
    const previous = positions.at(-1);
    score += previous === i - 1 ? 5 : 0;
    score += isWordStart(t, i) ? 8 : 0;
    score -= previous === undefined ? i * 0.1 : (i - previous - 1) * 0.5;
    positions.push(i);
    from = i + 1;
  }
  return { score, positions };
}
