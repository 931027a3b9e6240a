import { kindOf, type PatternContext, type TalkHit, titledHit } from '../hits.ts';
import { readNames } from '../names.ts';
import {
  cleanTitle,
  innermostTitle,
  matchesOf,
  sentenceAt,
  spansAround,
  spansStarting,
  titleLike,
} from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';
import { isProfileSpan } from './speaker-verb.ts';

// "Kelsey Hightower's keynote", "Ann Lee's talk on **T**", "In "T", Bo Chen showed...".
const POSSESSIVE =
  /['’]s?\s+(?:(?:opening|closing|excellent|great|brilliant|fantastic|amazing|first|second|lightning)\s+)*(keynote|talk|presentation|session|workshop|tutorial|lightning talk)\b/giu;
// What stands between the noun and its title: a quoted title's span starts after the quote.
const INTRO_TITLE =
  /(?:\b(?:on|about|titled|called|entitled|named)\s*[:,]?|^\s*[:,(]?)\s*["“‘']?$/i;

export function possessiveTalk(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const needs = TRIGGER.apostrophe | TRIGGER.possessed;
  if ((triggersOf(text) & needs) !== needs) return hits;
  for (const m of matchesOf(POSSESSIVE, text)) {
    // The name ends right before the apostrophe: read back to the start of its words.
    const head = text.slice(Math.max(0, m.index - 60), m.index);
    const start =
      m.index -
      (/(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*$/u.exec(head)?.[0].length ?? 0);
    const linked = spansAround(block.flat, m.index - 1, m.index).some(
      (s) => s.kind === 'link' && s.end === m.index && isProfileSpan(s.url),
    );
    const list = readNames(text.slice(start, m.index), { single: linked });
    const n = list.names[list.names.length - 1];
    if (!n || start + n.end !== m.index) continue;
    const name = { ...n, start: n.start + start, end: n.end + start };
    const nounEnd = m.index + m[0].length;
    const sentence = sentenceAt(text, m.index);
    const span = spansStarting(block.flat, nounEnd, Math.min(sentence.end, nounEnd + 200)).find(
      (s) =>
        s.kind !== 'code' &&
        !(s.kind === 'link' && isProfileSpan(s.url)) &&
        INTRO_TITLE.test(text.slice(nounEnd, s.start)),
    );
    const kind = kindOf(m[1]!) ?? 'talk';
    if (span) {
      const t = innermostTitle(block.flat, span);
      const title = cleanTitle(text.slice(t.start, t.end));
      if (titleLike(title)) {
        hits.push({
          block,
          title: { text: title, start: t.start, end: t.end },
          kind,
          names: [name],
          at: { start: t.start, end: t.end },
          family: 'possessive',
        });
        continue;
      }
    }
    hits.push({
      block,
      title: null,
      kind,
      names: [name],
      at: { start: m.index + 1, end: nounEnd },
      family: 'possessive',
    });
  }
  return hits;
}

// "In "T"," or "In her talk, "T",": what opens the sentence before the title.
const IN_TITLE =
  /\b(?:in|during|with)(?:\s+(?:his|her|their|the|a|an|this|that)\s+(?:\w+\s+)?(talk|keynote|session|presentation|workshop|tutorial|lightning talk))?\s*,?\s*["“‘]?$/i;

/** "In "T", X showed ...": a title span, a comma, then the subject and a speaker verb. */
export function titleThenSubject(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  for (const span of block.flat.spans) {
    if (span.kind === 'code' || (span.kind === 'link' && isProfileSpan(span.url))) continue;
    const lead = IN_TITLE.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (!lead) continue;
    const after = /^["”]?\s*,\s*/.exec(text.slice(span.end));
    if (!after) continue;
    const at = span.end + after[0].length;
    const list = readNames(text.slice(at, at + 120));
    if (
      !list.names.length ||
      !/^\s*(?:\([^)]*\)\s*)?(?:talked|spoke|presented|explained|showed|demoed|demonstrated|walked|took|shared|argued|described|introduced)\b/i.test(
        text.slice(at + list.end),
      )
    )
      continue;
    const noun = lead[1]?.toLowerCase();
    const hit = titledHit(
      block,
      span,
      'title-then-subject',
      kindOf(noun ?? '') ?? 'talk',
      list.names,
      at,
    );
    // "In her talk, ..." is this talk's, not one of its own whose owner is named before.
    if (hit)
      hits.push(
        noun ? { ...hit, at: { start: span.start - lead[0].length, end: hit.at.end } } : hit,
      );
  }
  return hits;
}
