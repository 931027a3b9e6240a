import { ASCII_WORD, isAscii, normalizeTerm, tokenize } from './tokenize.ts';

// Words so common in English prose that matching them ranks nothing; a query made only of them
// matches nothing rather than every record.
export const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);

/** Splits and folds a text into index terms, stop words removed. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

// The index build calls this for every word of every record: an ASCII text (most of them) is
// lowered once and split on [a-z0-9] (and the symbols of names such as C++), which is what the
// Unicode split and per-word fold give for ASCII, without a string per word for the fold.
export function forEachTerm(text: string, visit: (term: string) => void): void {
  if (isAscii(text)) {
    const lower = text.toLowerCase();
    ASCII_WORD.lastIndex = 0;
    for (let match = ASCII_WORD.exec(lower); match !== null; match = ASCII_WORD.exec(lower)) {
      const term = match[0];
      if (!STOP_WORDS.has(term)) visit(term);
    }
    return;
  }
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (!STOP_WORDS.has(term)) visit(term);
  }
}

/**
 * The words of a query that searching leaves out as too common to rank anything (`the`, `and`),
 * each once, as typed: what a search box says of a query made of them.
 * @example commonWords('The Docker and the cloud') // ['The', 'and']
 */
export function commonWords(query: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const word of tokenize(query)) {
    const term = normalizeTerm(word);
    if (!STOP_WORDS.has(term) || seen.has(term)) continue;
    seen.add(term);
    found.push(word);
  }
  return found;
}

/**
 * Whether every word of a query is one searching leaves out as too common: such a query finds
 * nothing, whatever the index holds, and a search box says why rather than that nothing matched.
 * @example onlyCommonWords('the and') === true
 */
export function onlyCommonWords(query: string): boolean {
  const words = tokenize(query);
  return words.length > 0 && words.every((word) => STOP_WORDS.has(normalizeTerm(word)));
}
