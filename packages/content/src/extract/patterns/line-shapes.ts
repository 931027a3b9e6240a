import { EMOJI, isEmojiCode, isSpaceCode } from '../char-codes.ts';
import type { FlatText } from '../flat-text.ts';
import { readNameList } from '../names.ts';
import { sentences, someSpanStarting, titleCased } from '../text-tools.ts';
import { classifyUrl } from '../url-kind.ts';

// The shapes of a paragraph's first line that make it a heading in all but name: all in bold,
// a title set apart then its speaker, a label then a title set apart, a person set apart then
// a title, names then a dash and a title set apart, a quoted title then a dash and names, a
// plain title then ", by" and names, a schedule's time.

const SET_APART = new Set(['strong', 'emphasis', 'quote']);

/** Whether one bold, italic or quoted span covers `range`, give or take its marks. */
export function setApart(flat: FlatText, range: { start: number; end: number }): boolean {
  return someSpanStarting(
    flat,
    Math.max(0, range.start - 2),
    range.start + 1,
    (s) => SET_APART.has(s.kind) && s.end >= range.end - 1 && s.end <= range.end + 2,
  );
}

/** Whether a link to a talk's video or slides covers `range`, give or take its marks. */
export function talkLinked(flat: FlatText, range: { start: number; end: number }): boolean {
  return someSpanStarting(
    flat,
    Math.max(0, range.start - 1),
    range.start + 1,
    (s) =>
      s.kind === 'link' &&
      s.end >= range.end - 1 &&
      s.end <= range.end + 2 &&
      TALK_LINKS.has(classifyUrl(s.url ?? '').kind),
  );
}

const TALK_LINKS = new Set(['video', 'slides']);

/** Whether a text opens, after spaces, with a digit or what may be an emoji. */
function opensWithDigitOrEmoji(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || isEmojiCode(c);
}
// A schedule's line: a time, then the talk, set apart.
const TIME_FIRST = /^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s+\S[^\n]*\s[-–—|]\s/i;
// Emoji a writer puts before each talk ("🎤 **T** — X").
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}|\\s)*`, 'u');

/** Whether a line opens with a bold or italic span and a dash, a bar or "by" right after it. */
function openingTitleThenName(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  const lead = LEADING_EMOJI.exec(text)![0].length;
  return someSpanStarting(
    flat,
    lead,
    lead + 3,
    (s) =>
      (s.kind === 'strong' || s.kind === 'emphasis') &&
      s.end < lineEnd &&
      /^["”’'“»]?\s*,?\s*(?:[-–—|]|by\b)\s*\S/i.test(text.slice(s.end, s.end + 8)),
  );
}

// After a quoted title's dash: names that end the sentence, or that a speaker's verb follows.
const NAMES_END =
  /^[\s.!?]*$|^\s+(?:walk|take|talk|explain|show|present|demo|argue|share|describe)/i;

/**
 * Whether a paragraph opens with a quoted title in title case, a dash, then only names to the
 * end of its first sentence: ""Testing Django Like You Mean It" — Aliya Nurmagambetova." A
 * quotation opens a paragraph as often ("…" — its author, and what else was said of it).
 */
function quotedTitleThenNames(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  const end = Math.min(lineEnd, sentences(text)[0]?.end ?? lineEnd);
  return someSpanStarting(flat, 0, 2, (s) => {
    if (s.kind !== 'quote' || !titleCased(text.slice(s.start, s.end))) return false;
    const dash = /^["”’'“»]?\s*[-–—|]\s*/.exec(text.slice(s.end, s.end + 6));
    if (!dash) return false;
    const rest = text.slice(s.end + dash[0].length, end);
    const list = readNameList(rest);
    return list.names.length > 0 && NAMES_END.test(rest.slice(list.end));
  });
}

// "Kateryna Bondarenko — ": a paragraph's opening names, then a dash or a bar.
const NAMES_THEN_DASH = /^\s*(\p{Lu}[^\n]{2,80}?)\s+[-–—|]\s+/u;
const DASH_AROUND = /\s[-–—|]\s/;
// "Learning From Near Misses, by Chloé Marchand.": a title in plain text, then its speakers, as
// the whole of a paragraph's first sentence.
const TITLE_COMMA_BY = /^\s*\p{Lu}[^,.!?\n]{6,120},\s+by\s+(?=\p{Lu})/u;

/** Whether the first sentence is a plain title, ", by" and only names. */
function titleCommaBy(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  const m = TITLE_COMMA_BY.exec(text);
  if (!m) return false;
  const end = Math.min(lineEnd, sentences(text)[0]?.end ?? lineEnd);
  const rest = text.slice(m[0].length, end);
  const list = readNameList(rest);
  return list.names.length > 0 && /^[\s.!?]*$/.test(rest.slice(list.end));
}

/**
 * Whether a paragraph opens as the shapes above do, as far as one look at its start tells:
 * with a span, a digit or an emoji, or with words and a dash. Most paragraphs open otherwise.
 */
export function mayBeHeadingLike(flat: FlatText): boolean {
  const opening = flat.spans[0];
  if ((opening !== undefined && opening.start <= 2) || opensWithDigitOrEmoji(flat.text))
    return true;
  // The searches for a dash or ", by" go first: the patterns cost more, and most paragraphs
  // have neither near their start.
  const start = flat.text.slice(0, 140);
  return (
    (DASH_AROUND.test(start) && NAMES_THEN_DASH.test(start)) ||
    (start.includes(', by ') && TITLE_COMMA_BY.test(start))
  );
}

// "**T — Ann Lee** ★★★★☆", "… (4/5)", "… 8/10": the writer's rating of the talk closes the line.
const RATING_TAIL =
  /\s*(?:[★☆⭐✩✭✮✯✰]{1,10}|\(?\d(?:[.,]\d)?\s*\/\s*(?:5|10)\)?|\(?\d(?:[.,]\d)?\s+out\s+of\s+(?:5|10)\)?)\s*$/u;

const RATING_END = /[★☆⭐✩✭✮✯✰\d)]\s*$/u;

/** Where the line ending at `lineEnd` ends before a rating that closes it. */
export function beforeRating(text: string, lineEnd: number): number {
  // Most lines end in a letter or a stop: no rating ends so.
  if (!RATING_END.test(text.slice(Math.max(0, lineEnd - 2), lineEnd))) return lineEnd;
  const rating = RATING_TAIL.exec(text.slice(Math.max(0, lineEnd - 40), lineEnd));
  return rating ? lineEnd - rating[0].length : lineEnd;
}

/**
 * Whether a line opens with names, a dash, then a title set apart that ends its first sentence:
 * "Kateryna Bondarenko — "Async Views Without Regret". Measured benefits."
 */
function namesThenTitle(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  const m = NAMES_THEN_DASH.exec(text.slice(0, lineEnd));
  if (!m) return false;
  const list = readNameList(m[1]!);
  if (!list.names.length || list.end < m[1]!.length - 1) return false;
  const start = m[0].length;
  const end = Math.min(lineEnd, sentences(text)[0]?.end ?? lineEnd);
  return someSpanStarting(
    flat,
    start,
    start + 2,
    (t) =>
      SET_APART.has(t.kind) &&
      /^["”’'“»]?[.!?]?\s*$/.test(text.slice(t.end, end)) &&
      titleCased(text.slice(t.start, t.end)),
  );
}

/**
 * Whether the line opens with a strong or emphasised span, then a comma and a title set apart
 * to its end: "**Invited talk — Prof. Ann Lee (Acme)**, *"T"*."
 */
function openingThenTitle(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  return someSpanStarting(flat, 0, 2, (s) => {
    if (s.kind !== 'strong' && s.kind !== 'emphasis') return false;
    const comma = /^\s*,\s*/.exec(text.slice(s.end, s.end + 4));
    if (!comma) return false;
    const start = s.end + comma[0].length;
    // To the end of the first sentence, as a paragraph's heading-like line goes.
    const end = Math.min(lineEnd, sentences(text)[0]?.end ?? lineEnd);
    const title = text.slice(start, end).replace(/[\s.!?]+$/, '');
    return setApart(flat, { start, end: start + title.length });
  });
}

/** Whether the text up to `lineEnd` is one strong or emphasised span. */
function boldLine(flat: FlatText, lineEnd: number): boolean {
  return someSpanStarting(
    flat,
    0,
    2,
    (s) => (s.kind === 'strong' || s.kind === 'emphasis') && s.end >= lineEnd - 1,
  );
}

// Between a person set apart and the colon before their title: their company, in brackets or
// after "from".
const COMPANY_THEN_COLON = /^\s*(?:\([^()\n]{1,60}\)|(?:from|of|at)\s+[^:.!?\n]{1,60})?\s*:\s*/;

/**
 * Whether a line opens with a bold or italic span, maybe a company, a colon, then a title set
 * apart: "**Joana Prates** (Shopify): *Rails at the Edge*".
 */
function openingNameThenTitle(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  return someSpanStarting(flat, 0, 2, (s) => {
    if (s.kind !== 'strong' && s.kind !== 'emphasis') return false;
    const gap = COMPANY_THEN_COLON.exec(text.slice(s.end, s.end + 70));
    if (!gap) return false;
    const start = s.end + gap[0].length;
    return someSpanStarting(
      flat,
      start,
      start + 2,
      (t) => SET_APART.has(t.kind) && t.end <= lineEnd,
    );
  });
}

/** Whether the line up to `lineEnd` has one of the shapes of a heading (see above). */
export function headingLikeLine(flat: FlatText, lineEnd: number): boolean {
  return (
    boldLine(flat, lineEnd) ||
    openingTitleThenName(flat, lineEnd) ||
    openingThenTitle(flat, lineEnd) ||
    openingNameThenTitle(flat, lineEnd) ||
    namesThenTitle(flat, lineEnd) ||
    quotedTitleThenNames(flat, lineEnd) ||
    titleCommaBy(flat, lineEnd) ||
    TIME_FIRST.test(flat.text)
  );
}
