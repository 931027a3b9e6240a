import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { honorificLength, isPersonName } from '../names.ts';
import { HeldTitles } from '../range-set.ts';
import {
  cleanTitle,
  innermostTitle,
  sentenceAt,
  sentenceTest,
  titleCased,
  titleLike,
} from '../text-tools.ts';
import { isProfileSpan } from './speaker-verb.ts';

// A title the writer introduces by what it is ("the presentation ["T"](slides)", "the session
// titled T"), or a quoted title in a sentence about talks ("And "T" rose expectations the
// speaker did not meet"), when no one is named as giving it.
const NOUN_BEFORE =
  /\b(talks?|sessions?|presentations?|keynotes?|workshops?|tutorials?|lectures?|panels?(?:\s+discussions?)?|fireside\s+chats?)(?:\s+(?:(?:was|is)\s+)?(?:titled|called|named|entitled)|\s+(?:on|about))?\s*[:,]?\s*["“„«]?$/i;
// "The keynote of X. The title was "T".", "X's talk. It was called "T".": a title a sentence
// after the session it is of.
/** The words that give a title a sentence after its session, as a pattern's source. */
export const TITLE_SAID = String.raw`the\s+(?:title|name)\s+(?:was|is)|it\s+(?:was|is)\s+(?:called|titled|named|entitled)`;
const TITLE_WAS = new RegExp(String.raw`\b(?:${TITLE_SAID})\s*:?\s*["“„«]?$`, 'i');
const PERSON_AFTER = /^\s*(?:\(|on\s)/;
const BOOKS = /\b(?:books?|novels?|podcasts?|papers)\b/i;
const CUE =
  /\b(talks?|sessions?|presentations?|presented|speakers?|keynotes?|workshops?|slides)\b/i;
const NOT_A_TALK_BEFORE =
  /\b(author|authors|book|books|wrote|writer|article|blog post|post|paper|project|announcement|repo|repository)\s+(?:of\s+|called\s+|titled\s+)?["“'‘]?$/i;

export function nounTitled(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const titles = new HeldTitles();
  for (const span of block.flat.spans) {
    if (span.kind === 'code' || (span.kind === 'link' && isProfileSpan(span.url))) continue;
    const t = innermostTitle(block.flat, span);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const introduced =
      NOUN_BEFORE.test(before) ||
      (TITLE_WAS.test(before) && CUE.test(text.slice(Math.max(0, span.start - 200), span.start)));
    // Without a noun before it, only a quote in a sentence about talks is a candidate: the
    // cheap tests of that go first.
    if (
      !introduced &&
      (t.kind !== 'quote' || !sentenceTest(CUE, text, sentenceAt(text, span.start)))
    )
      continue;
    const title = cleanTitle(text.slice(t.start, t.end));
    if (!titleLike(title) || title.split(/\s+/).length < 2) continue;
    if (NOT_A_TALK_BEFORE.test(before)) continue;
    // "Closing keynote: **Prof. Ann Lee** (Acme) on *T*": who gave it, not what it was called.
    const honorific = honorificLength(title);
    if (
      isPersonName(title.slice(honorific)) &&
      (honorific > 0 || PERSON_AFTER.test(text.slice(span.end, span.end + 4)))
    )
      continue;
    // "two books that came up in every talk: *T*": the sentence says what the titles are.
    if (sentenceTest(BOOKS, text, sentenceAt(text, span.start))) continue;
    if (!introduced && !titleCased(title)) continue;
    if (titles.holds(t)) continue;
    titles.add(t);
    hits.push({
      block,
      title: { text: title, start: t.start, end: t.end },
      kind: kindOf(before) ?? 'talk',
      names: [],
      at: { start: t.start, end: t.end },
      family: 'noun-titled',
    });
  }
  return hits;
}
