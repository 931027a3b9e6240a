// One tokenizer for indexing, querying and highlighting, so that a highlighted range is always
// a term the index could have matched.

// A word begins with a letter or digit and keeps the marks that follow: a decomposed accent
// (`e` + U+0301) and the vowel signs of Hindi or Thai are parts of their words.
//
// Names of letters and symbols (C++, C#, F#, Notepad++) keep their symbols, so `c++` finds C++
// and not the C of "Assembly and C": `++`, `+` or `#` (full-width too, as a Japanese keyboard
// types them) right after a letter, when no letter follows (nor a digit, but for `++`: "C++20"
// is C++ and 20). So "a+b", "issue#12" and an address's "page#part" split as other words do.
const SYMBOLS = String.raw`(?=[+#＋＃])(?<=\p{L}\p{M}*)(?:[+＋]{2}(?![\p{L}\p{M}+#＋＃])|[+#＋＃](?![\p{L}\p{M}\p{N}+#＋＃]))`;
const WORD = new RegExp(String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:${SYMBOLS})?`, 'gu');
// The same rule for ASCII text, as the quicker paths read it (lowered or with the `i` flag).
const ASCII_SYMBOLS = String.raw`(?=[+#])(?<=[a-z])(?:\+\+(?![a-z+#])|[+#](?![a-z0-9+#]))`;

/** An ASCII word of lowered text, as `tokenize` splits it: what the index build reads. */
export const ASCII_WORD = new RegExp(`[a-z0-9]+(?:${ASCII_SYMBOLS})?`, 'g');

const WORD_SYMBOLS = new RegExp(SYMBOLS, 'uy');

/**
 * How many code units of symbols (`++`, `+`, `#`) `tokenize` keeps in the word of `text` that
 * ends at `end` without them: a name such as C++ is cut whole or not at all.
 * @example symbolsAt('C++ rocks', 1) // 2
 */
export function symbolsAt(text: string, end: number): number {
  WORD_SYMBOLS.lastIndex = end;
  return WORD_SYMBOLS.exec(text)?.[0].length ?? 0;
}

const PLUS = 43;
const HASH = 35;
const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/**
 * How many of the symbols of a name (`++`, `+`, `#`) follow the run of ASCII letters and digits
 * of `text` that ends at `end`, as `tokenize` keeps them in the word: 0, 1 or 2.
 * @example asciiSymbolsAt('C++ rocks', 1) // 2
 */
export function asciiSymbolsAt(text: string, end: number): number {
  const symbol = text.charCodeAt(end);
  if ((symbol !== PLUS && symbol !== HASH) || !isAsciiLetter(text.charCodeAt(end - 1))) return 0;
  if (symbol === PLUS && text.charCodeAt(end + 1) === PLUS) {
    const next = text.charCodeAt(end + 2);
    if (!isAsciiLetter(next) && next !== PLUS && next !== HASH) return 2;
  }
  const next = text.charCodeAt(end + 1);
  return isAsciiLetter(next) || isAsciiDigit(next) || next === PLUS || next === HASH ? 0 : 1;
}

/**
 * An expression that finds `term` (a folded ASCII term) in ASCII text exactly where `tokenize`
 * would give it as a word, for the `gi` matcher of highlights: `c` not in "C++", `c++` not in
 * "C+++". The caller adds what may come before a word.
 * @example new RegExp(asciiTermPattern('c++'), 'i').test('C++ rocks') // true
 */
export function asciiTermPattern(term: string): string {
  const escaped = term.replaceAll('+', String.raw`\+`);
  if (term.endsWith('++')) return `${escaped}(?![a-z+#])`;
  if (term.endsWith('+') || term.endsWith('#')) return `${escaped}(?![a-z0-9+#])`;
  return `${escaped}(?![a-z0-9])(?!${ASCII_SYMBOLS})`;
}

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** A word of a text with its position, in UTF-16 code units (JavaScript string indices). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly term: string;
}

/**
 * Whether a text is all ASCII: its words are then runs of [A-Za-z0-9] (with the symbols of a name
 * such as C++), folded by lowering them, which the index build, snippets and highlights use for
 * a quicker path.
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
 * `docker-compose` is two words, and names of letters and symbols such as C++, C# and F#.
 * @example tokenize('Docker-Compose 2 in C++') // ['Docker', 'Compose', '2', 'in', 'C++']
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
