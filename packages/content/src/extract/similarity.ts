// Title and name similarity shared by merging within a post and across posts.

import { Remembered } from './remembered.ts';
import { UsedWords } from './used-words.ts';

const ASCII = /^[\x00-\x7f]*$/;
// Written into byte by byte and made a string once: joining word by word left a few strings
// per word behind, some 40 KB of garbage for each post's opening that events are matched in.
// Texts longer than it get a buffer of their own, so one long text does not keep a large one.
const scratch = Buffer.allocUnsafe(16_384);

/** `normalize` of ASCII text: the runs of letters and digits, lower-cased, one space apart. */
function normalizeAscii(text: string): string {
  const out = text.length <= scratch.length ? scratch : Buffer.allocUnsafe(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = true;
      continue;
    }
    if (gap && n > 0) out[n++] = 32;
    gap = false;
    out[n++] = c;
  }
  return out.toString('latin1', 0, n);
}

// Titles and names are normalized again and again when talks and people are compared across
// thousands of posts: short strings are remembered (a bounded table, emptied when full).
const remembered = new Remembered<string>(100_000);

/** Lower-case, accents removed, punctuation folded to spaces. */
export function normalize(text: string): string {
  return text.length <= 120 ? remembered.answer(text, normalizeOnce) : normalizeOnce(text);
}

function normalizeOnce(text: string): string {
  // Most text is ASCII once accents are taken off, and there a scan of the characters gives
  // the same result as the Unicode classes, several times faster.
  const ascii = ASCII.test(text);
  const plain = ascii ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ascii || ASCII.test(plain)
    ? normalizeAscii(plain)
    : plain
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}

/** Words too common to tell titles apart. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'when',
  'how',
  'is',
  'are',
  'your',
  'you',
  'we',
  'our',
  'at',
  'by',
  'from',
  'or',
]);

export function titleTokens(text: string): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

// One row of the distance table, reused: titles and names are compared thousands of times per
// post, and a fresh array per row was most of the cost.
let row = new Int32Array(64);

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return withinOneEdit(a, b) ? (a === b ? 0 : 1) : 2;
  const n = b.length;
  if (row.length <= n) row = new Int32Array(n + 1);
  const prev = row;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    // prev[j - 1] of the row above, kept aside before the row is overwritten in place.
    let diagonal = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const above = prev[j]!;
      let v = diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < v) v = above + 1;
      if (prev[j - 1]! + 1 < v) v = prev[j - 1]! + 1;
      prev[j] = v;
      diagonal = above;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return prev[n]!;
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Past the first difference the rest must agree, after one substitution or one extra character.
  const skip = short.length === long.length ? 1 : 0;
  for (let j = i + skip, k = i + 1; k < long.length; j++, k++)
    if (short.charCodeAt(j) !== long.charCodeAt(k)) return false;
  return true;
}

const DIGITS = /^\d+$/;

/** Whether two words are the same word; `numbers` says whether either is all digits. */
function sameWord(a: string, b: string, numbers: boolean): boolean {
  if (a === b) return true;
  if (numbers) return false;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  // Word forms ("unleashes"/"unleashing", "soft"/"software") share a stem of four letters or more.
  if (short.length >= 4 && sameStart(short, long, Math.max(4, short.length - 3))) return true;
  return short.length >= 5 && long.length - short.length <= 1 && withinOneEdit(a, b);
}

/** Whether the first `n` characters of two strings at least that long are the same. */
function sameStart(a: string, b: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Similarity of two titles from 0 to 1: the share of content words they have in common, word
 * forms and one-letter typos allowed, measured against the shorter title so that a shortened
 * title still matches its full form.
 * @example titleSimilarity('The Missing Piece: when Docker networking unleashing soft architecture 2.0', 'The missing piece when docker networking and services finally unleashes software architecture 2.0') // > 0.8
 */
export function titleSimilarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (!x.words.length || !y.words.length) return 0;
  return similarWords(x, y);
}

interface ContentWords {
  readonly words: readonly string[];
  /** For each word, whether it is all digits. */
  readonly numbers: readonly boolean[];
  readonly joined: string;
}

// A title is compared with many others: its content words are worked out once.
const contents = new Remembered<ContentWords>(10_000);

function contentWords(title: string): ContentWords {
  return contents.answer(title, contentWordsOnce);
}

function contentWordsOnce(title: string): ContentWords {
  const words = titleTokens(title).filter((t) => !STOP_WORDS.has(t));
  return { words, numbers: words.map((w) => DIGITS.test(w)), joined: words.join(' ') };
}

function similarWords(cx: ContentWords, cy: ContentWords): number {
  if (cx.joined === cy.joined) return 1;
  const x = cx.words;
  const y = cy.words;
  // Each word of the first title pairs with the first unused word of the second it matches.
  const used = new UsedWords(y.length);
  let common = 0;
  for (let i = 0; i < x.length; i++) {
    for (let k = 0; k < y.length; k++) {
      if (used.has(k) || !sameWord(x[i]!, y[k]!, cx.numbers[i]! || cy.numbers[k]!)) continue;
      used.add(k);
      common++;
      break;
    }
  }
  return wordOverlap(common, x.length, y.length);
}

/**
 * How alike two titles of `a` and `b` content words are when `common` of them pair up: a
 * shortened title must still carry most of the longer one's distinctive words.
 */
export function wordOverlap(common: number, a: number, b: number): number {
  const shorter = Math.min(a, b);
  const longer = Math.max(a, b);
  if (shorter < 2) return common === longer ? 1 : 0;
  return (common / shorter) * Math.min(1, (common / longer) * 1.6);
}

/** Whether two person names are the same up to accents, case and a small typo. */
export function sameName(a: string, b: string): boolean {
  return sameNameNormalized(a, normalize(b));
}

/** `sameName(a, b)` given `y`, `normalize(b)`, for a caller that has worked it out already. */
export function sameNameNormalized(a: string, y: string): boolean {
  // A post compares each name it finds with its author's: the author's side is kept.
  if (a !== lastName) {
    lastName = a;
    lastNormal = normalize(a);
    lastWords = -1;
  }
  const x = lastNormal;
  if (x === y) return true;
  if (x.length < 8 || y.length < 8 || Math.abs(x.length - y.length) > 2) return false;
  if (lastWords < 0) lastWords = wordCount(x);
  return lastWords === wordCount(y) && editDistance(x, y, 2) <= 2;
}

let lastName = '';
let lastNormal = '';
let lastWords = -1;

function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Whether two titles are cut from one pattern: as many content words, not the same words in the
 * same order up to form and typo ("Rust in production: lessons from Go" and "Go in production:
 * lessons from Rust"). Given by different people, such titles are different talks; a
 * shortening is not one, nor the same title with a typo.
 */
export function patternSiblings(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.words.length !== y.words.length || x.joined === y.joined) return false;
  return x.words.some((w, k) => !sameWord(w, y.words[k]!, x.numbers[k]! || y.numbers[k]!));
}

/**
 * Whether two reports of a talk name different people: both name someone, and no name of one
 * is a name of the other up to case, accents and a typo, its first or last name alone
 * ("Solomon" for "Solomon Hykes"), its words in another order or an initial.
 */
export function otherSpeakers(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  for (const x of a) {
    const nx = normalize(x);
    for (const y of b) {
      const ny = normalize(y);
      if (nx === ny || sameName(nx, ny) || oneNamedTwoWays(nx.split(' '), ny.split(' ')))
        return false;
    }
  }
  return true;
}

/**
 * Whether two normalized names can be one person's: one is the other's first or last name
 * alone, the same words in another order ("hykes solomon"), or an initial for the first name
 * ("j doe" for "jane doe").
 */
function oneNamedTwoWays(x: string[], y: string[]): boolean {
  if (x.length === 1 || y.length === 1) {
    const [one, full] = x.length === 1 ? [x[0]!, y] : [y[0]!, x];
    return full.length > 1 && full.includes(one);
  }
  if (x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  const [fx, fy] = [x[0]!, y[0]!];
  return x.at(-1) === y.at(-1) && (fx.length === 1 || fy.length === 1) && fx[0] === fy[0];
}
