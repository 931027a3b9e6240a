import type { Highlight, Snippet } from './search-hit.ts';
import { snippetEnd, snippetStart } from './snippet-bounds.ts';
import { asciiTermPattern, isAscii, tokenSpans } from './tokenize.ts';

/** Characters of context a snippet shows; about two lines of a result list. */
export const SNIPPET_LENGTH = 180;

// The terms an ASCII text can hold: letters and digits, and the symbols of a name (C++, C#).
const ASCII_TERM = /^[a-z0-9]+(?:\+\+|[+#])?$/;

/**
 * For an ASCII text, where a word is a run of [A-Za-z0-9] (or a name such as C++) and its term is
 * that run in lower case: one expression that finds the matched words directly, instead of
 * splitting every word of the text and folding it. Undefined when the text is not ASCII (or no
 * term can occur in it).
 */
function asciiMatcher(
  text: string,
  terms: ReadonlySet<string>,
  ascii: boolean = isAscii(text),
): RegExp | null | undefined {
  if (!ascii) return undefined;
  let key = '';
  for (const term of terms) {
    if (ASCII_TERM.test(term))
      key += key === '' ? asciiTermPattern(term) : `|${asciiTermPattern(term)}`;
  }
  // A term with other characters cannot occur in ASCII text: no term at all matches nothing.
  if (key === '') return null;
  // The hits of one page mostly match the same terms: the expression is made once for them.
  if (key !== lastKey) {
    lastKey = key;
    lastMatcher = new RegExp(`(?<![A-Za-z0-9])(?:${key})`, 'gi');
  }
  return lastMatcher;
}

let lastKey = '';
let lastMatcher = /$^/g;

/**
 * Marks every word of `text` whose normalised term is in `terms`.
 * @example highlightAll('Docker rocks', new Set(['docker'])) // [{ start: 0, end: 6 }]
 */
export function highlightAll(text: string, terms: ReadonlySet<string>): Highlight[] {
  const highlights: Highlight[] = [];
  if (terms.size === 0) return highlights;
  const matcher = asciiMatcher(text, terms);
  if (matcher !== undefined) {
    if (matcher === null) return highlights;
    matcher.lastIndex = 0;
    for (let match = matcher.exec(text); match !== null; match = matcher.exec(text)) {
      highlights.push({ start: match.index, end: match.index + match[0].length });
    }
    return highlights;
  }
  for (const span of tokenSpans(text)) {
    if (terms.has(span.term)) highlights.push({ start: span.start, end: span.end });
  }
  return highlights;
}

/** Where the first matched word of `text` is, if any. */
function firstMatch(
  text: string,
  terms: ReadonlySet<string>,
  matcher: RegExp | null | undefined,
): { start: number; end: number } | undefined {
  if (matcher !== undefined) {
    if (matcher === null) return undefined;
    matcher.lastIndex = 0;
    const match = matcher.exec(text);
    return match ? { start: match.index, end: match.index + match[0].length } : undefined;
  }
  for (const span of tokenSpans(text)) if (terms.has(span.term)) return span;
  return undefined;
}

// A letter or digit: what a reader counts as something cut away, where spaces and punctuation
// alone are not.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Cuts a passage of about `length` characters around the first matched word of `text`,
 * starting at a word (or at a sentence that begins near the cut) and ending at one, with `…`
 * where words were cut away, and the matched words marked in the passage.
 * @example makeSnippet('We ran Docker in production', new Set(['docker'])).highlights // [{ start: 7, end: 13 }]
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  length: number = SNIPPET_LENGTH,
  /** Whether `text` is all ASCII, when the caller knows: saves reading the text to find out. */
  ascii?: boolean,
): Snippet {
  const matcher = terms.size > 0 ? asciiMatcher(text, terms, ascii) : null;
  const first = terms.size > 0 ? firstMatch(text, terms, matcher) : undefined;
  // Start a little before the first match so the reader sees what leads to it.
  let from = first !== undefined ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  if (Math.min(text.length, from + length) - from < length)
    from = Math.max(0, text.length - length);
  if (first && from > 0) {
    // A sentence may start a little before the cut, but not so far that the match falls out.
    const slack = Math.min(Math.floor(length / 6), Math.max(0, from - (first.end - length)));
    from = snippetStart(text, from, first.start, slack);
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = snippetEnd(text, to, from);
  // What was cut away is only spaces or punctuation: the passage is shown to the text's edge.
  const cutBefore = WORD_CHAR.test(text.slice(0, from));
  const cutAfter = WORD_CHAR.test(text.slice(to));
  if (!cutBefore) for (from = 0; isSpace(text[from]); ) from++;
  if (!cutAfter) for (to = text.length; to > from && isSpace(text[to - 1]); ) to--;
  const prefix = cutBefore ? '…' : '';
  const suffix = cutAfter ? '…' : '';
  const highlights: Highlight[] = [];
  const mark = (start: number, end: number) => {
    if (end <= to)
      highlights.push({ start: start - from + prefix.length, end: end - from + prefix.length });
  };
  if (matcher) {
    matcher.lastIndex = from;
    for (
      let match = matcher.exec(text);
      match !== null && match.index < to;
      match = matcher.exec(text)
    ) {
      mark(match.index, match.index + match[0].length);
    }
  } else if (matcher === undefined) {
    for (const span of tokenSpans(text, from, to))
      if (terms.has(span.term)) mark(span.start, span.end);
  }
  return { text: prefix + text.slice(from, to) + suffix, highlights };
}
