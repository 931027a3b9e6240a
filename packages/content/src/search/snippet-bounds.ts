// Where a snippet cut inside a text may start and end. A reader expects a passage to begin and
// end at words: a cut beside the period of the sentence before ("…. Then") or a lone comma
// ("while,…") reads as a mistake. Words come from the platform's word segmenter, which knows
// the scripts written without spaces (Chinese, Japanese, Thai) and never splits a character
// (a surrogate pair, a letter and its combining marks).

import { symbolsAt } from './tokenize.ts';

interface Piece {
  readonly index: number;
  readonly end: number;
  readonly word: boolean;
}

// Made on first use: most pages that load the index never cut a snippet inside a text.
let segmenter: Intl.Segmenter | null | undefined;

// Where the platform has no segmenter (an older browser): a run of letters and digits is a word,
// and so is each Chinese or Japanese character, as a segmenter would mostly cut them.
const FALLBACK =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[\s\S]\p{M}*/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

/** The words and the spaces or marks between them of `text` from `from` to `to`. */
function* pieces(text: string, from: number, to: number): Generator<Piece> {
  const slice = text.slice(from, to);
  segmenter ??=
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'word' })
      : null;
  if (segmenter) {
    for (const { index, segment, isWordLike } of segmenter.segment(slice)) {
      yield { index: from + index, end: from + index + segment.length, word: isWordLike === true };
    }
    return;
  }
  const piece = new RegExp(FALLBACK.source, 'gu');
  for (let match = piece.exec(slice); match !== null; match = piece.exec(slice)) {
    const index = from + match.index;
    yield { index, end: index + match[0].length, word: WORD_START.test(match[0]) };
  }
}

// What ends a sentence, when a space or a line follows it (Chinese and Japanese write none).
const SENTENCE_BREAK = /[.!?…][\p{Pe}\p{Pf}"']*\s|[。！？]|\n/u;
// Punctuation that belongs to the word beside it: a quote or bracket it opens or closes.
const OPENING = /[\p{Ps}\p{Pi}"'¿¡]/u;
const CLOSING = /[\p{Pe}\p{Pf}"']/u;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isMark = (char: string | undefined) => char !== undefined && /\p{M}/u.test(char);

/**
 * Where a passage cut at `cut` starts: at the start of a sentence within `slack` of the cut,
 * else at the first word from the cut, and never after `latest` (the first matched word), with
 * the quote or bracket that opens that word.
 * @example snippetStart('Hello world. Then we go', 11, 21, 6) // 13
 */
export function snippetStart(text: string, cut: number, latest: number, slack: number): number {
  const from = Math.max(0, cut - slack);
  // A little past the latest start, so the word there is seen whole.
  const to = Math.min(text.length, Math.max(latest, cut + slack) + 16);
  let sentence: number | undefined;
  let word: number | undefined;
  let after = from;
  for (const piece of pieces(text, from, to)) {
    if (piece.index > latest) break;
    if (!piece.word) continue;
    // The first piece may be the tail of a word cut by the window.
    const whole = piece.index > from || from === 0;
    const opens = piece.index === 0 || SENTENCE_BREAK.test(text.slice(after, piece.index));
    after = piece.end;
    if (!whole) continue;
    const distance = Math.abs(piece.index - cut);
    if (
      opens &&
      distance <= slack &&
      (sentence === undefined || distance < Math.abs(sentence - cut))
    ) {
      sentence = piece.index;
    }
    if (word === undefined && piece.index >= cut) word = piece.index;
  }
  let start = sentence ?? word ?? latest;
  let open = start;
  while (open > 0 && OPENING.test(text[open - 1]!)) open--;
  if (open < start && (open === 0 || isSpace(text[open - 1]))) start = open;
  return start;
}

/**
 * Where a passage cut at `cut` ends: at the end of the last word before the cut, with the quote
 * or bracket that closes it, and never before `earliest`; at a character's end when no word
 * ends there.
 * @example snippetEnd('we go home and rest', 12, 3) // 10
 */
export function snippetEnd(text: string, cut: number, earliest: number): number {
  const from = Math.max(earliest, cut - 64);
  const to = Math.min(text.length, cut + 16);
  let end: number | undefined;
  for (const piece of pieces(text, from, to)) {
    if (piece.end > cut) break;
    if (piece.word && piece.end > earliest) end = piece.end;
  }
  if (end === undefined) {
    // One word longer than the passage: cut it between two characters.
    end = cut;
    while (end > earliest && (isLowSurrogate(text.charCodeAt(end)) || isMark(text[end]))) end--;
    return end;
  }
  // A segmenter ends the C of C++ before its symbols, where the index keeps them in its word.
  end += symbolsAt(text, end);
  while (end < cut && CLOSING.test(text[end]!)) end++;
  return end;
}
