import type { Range } from './hits.ts';

// Writers often set a title in no quotes or emphasis at all, after a word that announces it:
// "gave a talk called Kubernetes the Easy Way, in which...". Its words are capitalised, save
// the short ones a title writes in lower case; the first word that is neither, or a comma,
// ends it.
const SMALL = new Set(
  `a an the and or nor but of for to in on at by with from via vs into onto over under up out
  as is are be not no your my our its his her their how why what when who`.split(/\s+/),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.+#-]*/uy;
const GAP = /[ \t]+|[ \t]*[:–—-][ \t]+/y;
const MAX_WORDS = 14;

/** Whether a word can stand in a title set in plain text: capitalised, a number, or "gRPC". */
export function titleWord(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) || /\p{Lu}/u.test(word.slice(1));
}

/**
 * The plain-text title that starts at `at` in `text` and ends before `end`, if one does: two
 * or more words, the first and last capitalised, at most a handful of short lower-case ones.
 * @example plainTitleAt('a talk called Kubernetes the Easy Way, in which', 14) // { start: 14, end: 37 }
 */
export function plainTitleAt(text: string, at: number, end = text.length): Range | undefined {
  let i = at;
  let words = 0;
  let lastTitled = -1;
  let small = 0;
  while (i < end && words < MAX_WORDS) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > end) break;
    // A sentence's full stop is no part of the word before it.
    const word = m[0].replace(/\.+$/, '');
    if (titleWord(word)) lastTitled = i + word.length;
    else if (words > 0 && SMALL.has(word.toLowerCase())) small++;
    else break;
    words++;
    i += word.length;
    if (word.length < m[0].length) break;
    // "?" or "!" ends a title that asks or exclaims.
    if (text[i] === '?' || text[i] === '!') {
      lastTitled = ++i;
      break;
    }
    GAP.lastIndex = i;
    const gap = GAP.exec(text);
    if (!gap) break;
    i += gap[0].length;
  }
  if (lastTitled < 0) return undefined;
  const range = { start: at, end: lastTitled };
  const titled = text
    .slice(at, lastTitled)
    .split(/[\s:–—-]+/)
    .filter(Boolean);
  if (titled.length < 2 || small * 2 > titled.length) return undefined;
  return range;
}
