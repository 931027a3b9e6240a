// One tokenizer for indexing, querying and highlighting, so that a highlighted range is always
// a term the index could have matched.

// A word begins with a letter or digit and keeps the marks that follow: a decomposed accent
// (`e` + U+0301) and the vowel signs of Hindi or Thai are parts of their words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** A word of a text with its position, in UTF-16 code units (JavaScript string indices). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly term: string;
}

/**
 * Whether a text is all ASCII: its words are then runs of [A-Za-z0-9], folded by lowering them,
 * which the index build, snippets and highlights use for a quicker path.
 * @example isAscii('Docker') // true
 */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * Folds a word to the form the index stores: lower case, without diacritics, and in the plain
 * form of its compatibility characters (full-width `ＤＯＣＫＥＲ` from a Japanese keyboard,
 * half-width `ｶﾀｶﾅ`, the ligature `ﬁ`), so any way of typing a word finds it.
 * @example normalizeTerm('Déploiement') // 'deploiement'
 */
export function normalizeTerm(word: string): string {
  // Most words are ASCII, which has nothing to decompose: skip the costly Unicode pass.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Splits a text into words: runs of letters and digits (with the marks on them), so
 * `docker-compose` is two words.
 * @example tokenize('Docker-Compose 2') // ['Docker', 'Compose', '2']
 */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words of a text with their positions and normalised terms, lazily, so a caller looking for
 * the first match in a long article stops there.
 * @example [...tokenSpans('Hi Docker')][1] // { start: 3, end: 9, term: 'docker' }
 */
export function* tokenSpans(text: string, from = 0, to = text.length): Generator<TokenSpan> {
  const word = new RegExp(WORD.source, 'gu');
  word.lastIndex = from;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    if (match.index >= to) return;
    yield { start: match.index, end: match.index + match[0].length, term: normalizeTerm(match[0]) };
  }
}
