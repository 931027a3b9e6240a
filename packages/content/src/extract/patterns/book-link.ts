import type { FlatText } from '../flat-text.ts';
import type { PatternContext } from '../hits.ts';
import { spansAround } from '../text-tools.ts';

// A title linked to a book shop or a library is a book the post cites, not a talk.
const BOOK_HOSTS =
  /(amazon\.|oreilly\.com\/library|manning\.com|pragprog\.com|goodreads\.com|leanpub\.com|packtpub\.com)/i;

/** Whether a link to a book shop or library covers `start` to `end`. */
export function bookLink(ctx: PatternContext, start: number, end: number): boolean {
  if (!hasBookLink(ctx.block.flat)) return false;
  return spansAround(ctx.block.flat, start, end).some(
    (s) => s.kind === 'link' && s.start <= start && s.end >= end && BOOK_HOSTS.test(s.url ?? ''),
  );
}

let lastFlat: FlatText | undefined;
let lastHasBookLink = false;

/** Whether any link of a block goes to a book shop or library: most blocks have none. */
function hasBookLink(flat: FlatText): boolean {
  if (flat !== lastFlat) {
    lastFlat = flat;
    lastHasBookLink = flat.spans.some((s) => s.kind === 'link' && BOOK_HOSTS.test(s.url ?? ''));
  }
  return lastHasBookLink;
}
