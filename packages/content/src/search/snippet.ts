import type { Highlight, Snippet } from './search-hit.ts';
import { type TokenSpan, tokenSpans } from './tokenize.ts';

/** Characters of context a snippet shows; about two lines of a result list. */
export const SNIPPET_LENGTH = 180;

/**
 * Marks every word of `text` whose normalised term is in `terms`.
 * @example highlightAll('Docker rocks', new Set(['docker'])) // [{ start: 0, end: 6 }]
 */
export function highlightAll(text: string, terms: ReadonlySet<string>): Highlight[] {
  const highlights: Highlight[] = [];
  if (terms.size === 0) return highlights;
  for (const span of tokenSpans(text)) {
    if (terms.has(span.term)) highlights.push({ start: span.start, end: span.end });
  }
  return highlights;
}

function firstMatch(text: string, terms: ReadonlySet<string>): TokenSpan | undefined {
  for (const span of tokenSpans(text)) if (terms.has(span.term)) return span;
  return undefined;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Cuts a passage of about `length` characters around the first matched word of `text`, on word
 * boundaries, with `…` where it was cut, and the matched words marked in the passage.
 * @example makeSnippet('We ran Docker in production', new Set(['docker'])).highlights // [{ start: 7, end: 13 }]
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  length: number = SNIPPET_LENGTH,
): Snippet {
  const first = terms.size > 0 ? firstMatch(text, terms) : undefined;
  // Start a little before the first match so the reader sees what leads to it.
  let from = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  let to = Math.min(text.length, from + length);
  if (to - from < length) from = Math.max(0, to - length);
  // Move both ends out of the middle of a word, then past any white space.
  while (from > 0 && from < to && isWordChar(text[from - 1]) && isWordChar(text[from])) from++;
  while (to < text.length && to > from && isWordChar(text[to - 1]) && isWordChar(text[to])) to--;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  // Never split a surrogate pair (an emoji, a rare CJK character): the half would not render.
  if (from < to && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to > from && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const highlights: Highlight[] = [];
  for (const span of tokenSpans(text, from, to)) {
    if (span.end <= to && terms.has(span.term)) {
      highlights.push({
        start: span.start - from + prefix.length,
        end: span.end - from + prefix.length,
      });
    }
  }
  return { text: prefix + text.slice(from, to) + suffix, highlights };
}
