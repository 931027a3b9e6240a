import { EMOJI, isEmojiCode, isSpaceCode } from './char-codes.ts';
import type { FlatText, Span } from './flat-text.ts';
import type { Range } from './hits.ts';
import { Remembered } from './remembered.ts';

// Patterns ask for the sentences of the same block many times; the last few blocks' answers
// are kept. The texts are compared, not hashed: hashing a paragraph costs a pass over it, and
// the block asked about is nearly always the same string as before.
const recentTexts: string[] = [];
const recentSentences: Range[][] = [];
let nextSlot = 0;

/** Sentence ranges of a flat text (split at . ! ? followed by space and a capital, and at blank lines). */
export function sentences(text: string): Range[] {
  for (let i = 0; i < recentTexts.length; i++)
    if (recentTexts[i] === text) return recentSentences[i]!;
  const out = splitSentences(text);
  recentTexts[nextSlot] = text;
  recentSentences[nextSlot] = out;
  nextSlot = (nextSlot + 1) % 8;
  return out;
}

// A sentence ends at . ! ? before spaces and a capital (an opening quote or bracket may come
// between), or at a line feed before a blank line or a list marker. The stops are found by one
// search for the characters; only those are tested for what follows.
const STOP = /[.!?\n]/g;
const BEFORE_CAPITAL = /\s+["“([]?\p{Lu}/uy;
const BEFORE_BREAK = /\s*\n|\s*[-*] /y;

function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const at = m.index;
    const follows = text.charCodeAt(at) === 0x0a ? BEFORE_BREAK : BEFORE_CAPITAL;
    follows.lastIndex = at + 1;
    if (!follows.test(text)) continue;
    // "**1. "T" — Ann Lee**": a number alone before the stop numbers what follows.
    if (
      at - start <= 4 &&
      text.charCodeAt(at) === 0x2e &&
      /^\s*\d{1,3}$/.test(text.slice(start, at))
    )
      continue;
    // "e.g." and initials ("J. Smith") do not end a sentence.
    if (mayAbbreviate(text, at)) {
      const before = text.slice(Math.max(0, at - 5), at + 1);
      if (ABBREVIATION.test(before)) continue;
    }
    out.push({ start, end: at + 1 });
    start = at + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const ABBREVIATION = /\b(e\.g|i\.e|vs|Mr|Mrs|Ms|Dr|St|Prof|\p{Lu})\.$/u;

/**
 * Whether the stop at `at` may end an abbreviation: it is a dot after a capital or after the
 * last letter of one of the abbreviations (g, e, s, r, t, f); most stops are not.
 */
function mayAbbreviate(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2e) return false;
  const c = text.charCodeAt(at - 1);
  if (c >= 0x80) return true;
  return (
    (c >= 65 && c <= 90) ||
    c === 0x67 ||
    c === 0x65 ||
    c === 0x73 ||
    c === 0x72 ||
    c === 0x74 ||
    c === 0x66
  );
}

export function sentenceAt(text: string, offset: number): Range {
  // Sentences are sorted and do not overlap: a binary search keeps a block of ten thousand
  // hits linear where a scan per hit was quadratic.
  const all = sentences(text);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: text.length };
}

/** Trims quotes, brackets, emphasis leftovers and trailing punctuation from a title. */
export function cleanTitle(raw: string): string {
  const spaced = collapseSpaces(raw).trim();
  // Most titles start and end with a letter: none of the steps below changes them.
  const last = spaced.charCodeAt(spaced.length - 1);
  if (
    !numberedOrQuoted(spaced.charCodeAt(0)) &&
    !closing(last) &&
    // An emoji at the end (a surrogate pair's second half, or a symbol), or a session code.
    !isEmojiCode(last) &&
    !SESSION_CODE.test(spaced)
  )
    return spaced;
  const unmarked = unwrap(
    spaced
      // "1. Title", "2) Title", "#3 Title": the writer's numbering is not part of the title,
      // nor is a schedule's time ("10:30 Title", "10:30 — Title") or a leading emoji.
      .replace(/^(?:#?\d{1,3}[.)]|#\d{1,3}:?)\s+(?=\S)/, '')
      .replace(/^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[-–—|:]\s*)?(?=\S)/i, '')
      // A recording's time in brackets, as podcast notes write it: "[03:15] The keynote".
      .replace(/^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?=\S)/, '')
      .replace(LEADING_EMOJI, '')
      // A conference's session code: "OPN305 – Open Source at Scale".
      .replace(SESSION_CODE, '')
      .replace(TRAILING_EMOJI, ''),
  );
  const trimEnd = (t: string) =>
    t.replace(/[\s,;:.]+$/, (m) => (m.trim() === '.' && /\.\.$/.test(raw.trim()) ? m : ''));
  return trimEnd(unwrap(trimEnd(unmarked)).replace(MEDIA_NOTE, '')).trim();
}

const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}|\\s)+(?=\\S)`, 'u');
const TRAILING_EMOJI = new RegExp(`(?<=\\S)(?:\\s|${EMOJI})+$`, 'u');
const SESSION_CODE = /^[A-Z]{2,5}\d{2,4}(?:-[A-Z])?\s*[-–—:]\s+(?=\S)/;

// "Title (slides)", "Title (slides, video)", "Title (tutorial, 90 min)": what the writer
// linked, what the session was or how long it took, not part of the title.
const NOTE_ITEM =
  '(?:slides?|video|recording|deck|pdf|keynote|lightning talk|workshop|tutorial|panel|talk|demo|\\d{1,3}(?:\\.\\d)?\\s*(?:min(?:ute)?s?|h|hrs?|hours?))';
const MEDIA_NOTE = new RegExp(
  `\\s*\\(${NOTE_ITEM}(?:(?:\\s*(?:,|\\/|&|\\+|and)\\s*|\\s+)${NOTE_ITEM})*\\)$`,
  'i',
);

const count = (text: string, c: string) => {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
};

/**
 * `text` without the quotes and emphasis marks around it, nor a bracket at either end that
 * closes or opens nothing inside: "Scaling Go (Part 2)" and "(Re)thinking Tests" keep theirs.
 */
function unwrap(text: string): string {
  let t = text;
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    // A title in CJK quotation marks with its translation after: "「T」 (Translation)".
    t = t.replace(/^([「『《〈])([^」』》〉]+)([」』》〉])/, '$2');
    t = t.replace(/^["“”„«'‘’*_「『《〈]+|["“”»'‘’*_」』》〉]+$/g, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      const opens = count(t, open);
      const closes = count(t, close);
      if (t.startsWith(open) && t.endsWith(close) && opens === closes && inner(t, open, close))
        t = t.slice(1, -1);
      else if (t.startsWith(open) && opens > closes) t = t.slice(1);
      else if (t.endsWith(close) && closes > opens) t = t.slice(0, -1);
    }
    if (t === before) break;
  }
  return t;
}

/** Whether the bracket `t` opens with is the one it ends with: "(a) or (b)" has two. */
function inner(t: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    if (t[i] === open) depth++;
    else if (t[i] === close && --depth === 0) return false;
  }
  return true;
}

// A space other than " " (any two spaces in a row hold one, or are two plain spaces).
const ODD_SPACE = /[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ')`, without building a new string when every space is already one
 * plain space, as in most prose.
 * @example collapseSpaces('a \n b') // 'a b'
 */
export function collapseSpaces(text: string): string {
  return ODD_SPACE.test(text) || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

/** Whether a title starting with this character may lose it: a number, "#", a quote or a bracket. */
function numberedOrQuoted(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x23 || OPENING_MARKS.includes(c) || isEmojiCode(c);
}

/** Whether a title ending with this character may lose it: a quote, a bracket or punctuation. */
function closing(c: number): boolean {
  return isSpaceCode(c) || CLOSING_MARKS.includes(c);
}

// The characters the steps of `cleanTitle` trim: ["“”'‘’[(*_ at the start, ["“”'‘’\])*_ and
// \s,;:. at the end.
const OPENING_MARKS = [...'"“”„«\'‘’[(*_「『《〈'].map((c) => c.charCodeAt(0));
const CLOSING_MARKS = [...'"“”»\'‘’])*_,;:.」』》〉'].map((c) => c.charCodeAt(0));

/**
 * A title without a leading "Keynote:", "Talk 3 -", "Sponsor talk:" or "Track 2:" label, and
 * the label (whose kind, if it names one, is the talk's).
 * Longer labels ("Full-Day Workshop: ...") are part of how the talk is titled and stay.
 */
export function stripKindLabel(title: string): { title: string; label?: string } {
  const m =
    /^((?:opening |closing |sponsor |sponsored |invited |contributed )?(?:keynote|talk|session|workshop|panel|tutorial|lightning talk|lightning|hands-on lab|lab|demo)|track|room|stage|hall)\s*#?(?:\d+|[A-Z])?\s*[:.–—-]\s+(?=\S)/i.exec(
      title,
    );
  return m ? { title: title.slice(m[0].length), label: m[1] } : { title };
}

// "Staff Engineer at Otto", "Developer Advocate, Nimbusly", "Web Standards Fellow at a
// browser vendor": capitalised words, a job, then where.
const ROLE =
  /^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Engineer|Developer|Advocate|Manager|Director|Designer|Architect|Researcher|Scientist|Founder|Co-?[Ff]ounder|CEO|CTO|CFO|COO|VP|Fellow|Professor|Maintainer|Consultant|Evangelist|Officer|President|Lead)s?(?:\s*(?:,|at|@|of|for)\s+\S.*)?$/u;

/**
 * Whether a phrase is someone's job rather than a talk's title: the other side of "Ann Lee —
 * Staff Engineer at Otto" is a byline's.
 * @example isRole('Staff Engineer at Otto') // true
 */
export function isRole(text: string): boolean {
  return ROLE.test(text.trim());
}

/** Whether a phrase reads as a talk title rather than a word set apart for emphasis. */
export function titleLike(text: string): boolean {
  // Asked of the same cleaned titles by several patterns: answered once per text.
  return titleLikeAnswers.answer(text, titleLikeOnce);
}

const titleLikeAnswers = new Remembered<boolean>(4096);

function titleLikeOnce(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 200) return false;
  const words = t.split(/\s+/);
  if (words.length > 24) return false;
  if (words.length === 1) return /\p{Lu}/u.test(t) && t.length >= 4 && !/^\p{Lu}{2,}$/u.test(t);
  // "the family liaison work", as she put it: words in scare quotes, all small, after an
  // article or a possessive; a title so written names a thing ("pandas 3.0 in five minutes").
  if (SMALL_PHRASE.test(t) && t === t.toLowerCase()) return false;
  return /\p{L}/u.test(t);
}

const SMALL_PHRASE = /^(?:the|a|an|my|our|his|her|their|its|your|some)\s/;

/** The index of the first of the sorted `spans` that starts at or after `from`. */
function firstStartingAt(spans: readonly Span[], from: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans that start in [from, to), found by binary search over the sorted spans: patterns
 * ask about the spans near one name or one title, and scanning every span of a long
 * paragraph each time would make it quadratic.
 */
export function spansStarting(flat: FlatText, from: number, to: number): Span[] {
  const spans = flat.spans;
  const lo = firstStartingAt(spans, from);
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < to; i++) out.push(spans[i]!);
  return out;
}

/**
 * Whether a span that starts in [from, to) passes `test`: `spansStarting(...).some(test)`
 * without building the list, for the checks made at every name.
 */
export function someSpanStarting(
  flat: FlatText,
  from: number,
  to: number,
  test: (span: Span) => boolean,
): boolean {
  const spans = flat.spans;
  const lo = firstStartingAt(spans, from);
  for (let i = lo; i < spans.length && spans[i]!.start < to; i++) if (test(spans[i]!)) return true;
  return false;
}

/** Spans that may contain an offset range: links on a name start shortly before it. */
export function spansAround(flat: FlatText, start: number, end: number, reach = 300): Span[] {
  return spansStarting(flat, Math.max(0, start - reach), end + 1).filter((s) => s.end >= start);
}

/** The innermost quote span inside a span, or the span itself. Spans are sorted by start. */
export function innermostTitle(flat: FlatText, span: Span): Span {
  const spans = flat.spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const min = (span.end - span.start) * 0.7;
  for (let i = lo; i < spans.length && spans[i]!.start < span.end; i++) {
    const s = spans[i]!;
    if (s !== span && s.kind === 'quote' && s.end <= span.end && s.end - s.start >= min) return s;
  }
  return span;
}

const sentenceTestCache = new Map<RegExp, { text: string; answers: Map<number, boolean> }>();

/**
 * Whether a non-global pattern matches the sentence of `text` at `range`, answered once per
 * sentence: patterns ask it for every span or hit, and one long sentence may hold thousands.
 */
export function sentenceTest(re: RegExp, text: string, range: Range): boolean {
  let cached = sentenceTestCache.get(re);
  if (!cached || cached.text !== text) {
    cached = { text, answers: new Map() };
    sentenceTestCache.set(re, cached);
  }
  let answer = cached.answers.get(range.start);
  if (answer === undefined) {
    answer = re.test(text.slice(range.start, range.end));
    cached.answers.set(range.start, answer);
  }
  return answer;
}

const matchCache = new Map<RegExp, { text: string; found: RegExpExecArray[] }>();

/**
 * Every match of a global pattern in a text, computed once per (pattern, text): patterns look
 * at each sentence of a block, and scanning the whole block again for each would be quadratic.
 */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  const cached = matchCache.get(re);
  if (cached && cached.text === text) return cached.found;
  // An exec loop on the pattern itself: `matchAll` copies the pattern on every call. None of
  // the patterns matches the empty string, so the loop always moves on.
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  matchCache.set(re, { text, found });
  return found;
}

/** Index of the first match at or after `offset` in matches sorted by index (their count if none). */
export function firstMatchFrom(
  found: readonly { readonly index: number }[],
  offset: number,
): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.index < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words between two offsets. */
export function wordsBetween(text: string, from: number, to: number): string[] {
  return text
    .slice(from, to)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}

/** Most words capitalised, as titles are written; a quoted remark or a sentence is not. */
export function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  if (words.length < 3) return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && w !== 'I');
  return caps.length / words.length >= 0.5;
}
