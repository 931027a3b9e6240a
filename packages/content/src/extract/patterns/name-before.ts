import type { Block } from '../blocks.ts';
import { isCommonWord, type NameFound, type NameListResult, readNames } from '../names.ts';
import { someSpanStarting, spansAround } from '../text-tools.ts';
import { isProfileSpan } from './speaker-verb.ts';

// Up to four capitalised words right before `end`: where a name ending there starts. One may
// be a nickname in quotes ("Siddharth "Sid" Venkataraman").
const TRAILING_WORDS =
  /(?:[\p{Lu}][\p{L}'’.-]*\s+|["“„«][\p{Lu}][\p{L}'’.-]*["”]\s+){0,3}[\p{Lu}][\p{L}.-]*$/u;

/**
 * The person whose name ends right at `end` of the block's text ("Kelsey Hightower" of
 * "Kelsey Hightower's keynote"), with offsets in the block's text. A first name alone counts
 * when it is linked to a profile.
 * @example nameEndingAt(block /* "Ann Lee's talk" *\/, 7)?.name // 'Ann Lee'
 */
export function nameEndingAt(block: Block, end: number): NameFound | undefined {
  const text = block.flat.text;
  const head = text.slice(Math.max(0, end - 60), end);
  const start = end - (TRAILING_WORDS.exec(head)?.[0].length ?? 0);
  const linked = spansAround(block.flat, end - 1, end).some(
    (s) => s.kind === 'link' && s.end === end && isProfileSpan(s.url),
  );
  let from = start;
  // "From Ines Carvalho's": a sentence's capitalised first word is none of the name.
  const first = /^(\S+)\s+(?=\S+\s)/.exec(text.slice(start, end));
  if (first && isCommonWord(first[1]!)) from += first[0].length;
  const list = readNames(text.slice(from, end), { single: linked });
  const n = list.names[list.names.length - 1];
  if (!n || from + n.end !== end) return undefined;
  return { ...n, start: n.start + from, end: n.end + from };
}

/**
 * The people a possessive ending at `end` names: "Ann Lee's", or a pair named in full, "Ann Lee
 * and Bo Chen's", whose talk it is together.
 */
export function ownersEndingAt(block: Block, end: number): NameFound[] {
  const last = nameEndingAt(block, end);
  if (!last) return [];
  const text = block.flat.text;
  const joiner = /\s+(?:and|&)\s+$/.exec(text.slice(Math.max(0, last.start - 6), last.start));
  const first = joiner ? nameEndingAt(block, last.start - joiner[0].length) : undefined;
  return first?.name.includes(' ') && last.name.includes(' ') ? [first, last] : [last];
}

/**
 * The people named from `at` on in the block's text ("by Ann Lee and Bo Chen"), offsets
 * relative to `at`: a first name alone counts when it is linked to a profile.
 * @example namesStartingAt(block /* "talk by Ann Lee" *\/, 8).names[0]?.name // 'Ann Lee'
 */
export function namesStartingAt(block: Block, at: number): NameListResult {
  const linked = someSpanStarting(
    block.flat,
    at,
    at + 1,
    (s) => s.kind === 'link' && isProfileSpan(s.url),
  );
  return readNames(block.flat.text.slice(at, at + 200), { single: linked });
}
