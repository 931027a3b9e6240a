import { kindLeadingTo, kindOf, type PatternContext, type TalkHit, titledHit } from '../hits.ts';
import { readNames } from '../names.ts';
import {
  cleanTitle,
  innermostTitle,
  matchesOf,
  sentenceAt,
  spansStarting,
  titleCased,
  titleLike,
} from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';
import { ownersEndingAt } from './name-before.ts';
import { isProfileSpan } from './speaker-verb.ts';

// "Kelsey Hightower's keynote", "Ann Lee's talk on **T**", "In "T", Bo Chen showed...".
const POSSESSIVE =
  /['’]s?\s+(?:(?:opening|closing|excellent|great|brilliant|fantastic|amazing|first|second|lightning|joint|shared|short|main|final|live|hands-on)\s+)*(keynote|talk|presentation|session|workshop|tutorial|lightning talk)\b/giu;
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
    // The name ends right before the apostrophe.
    const owners = ownersEndingAt(block, m.index);
    if (!owners.length) continue;
    const nounEnd = m.index + m[0].length;
    const sentence = sentenceAt(text, m.index);
    const span = spansStarting(block.flat, nounEnd, Math.min(sentence.end, nounEnd + 200)).find(
      (s) =>
        s.kind !== 'code' &&
        !(s.kind === 'link' && isProfileSpan(s.url)) &&
        INTRO_TITLE.test(text.slice(nounEnd, s.start)),
    );
    // "Kalani's lightning talk": the words before the noun may say more of the kind.
    const kind = kindOf(m[0]) ?? kindOf(m[1]!) ?? 'talk';
    if (span) {
      // "Hollie Wu's second session, a hands-on workshop called "T"": the words between say it.
      const said = kindOf(text.slice(nounEnd, span.start));
      const t = innermostTitle(block.flat, span);
      const title = cleanTitle(text.slice(t.start, t.end));
      if (titleLike(title)) {
        hits.push({
          block,
          title: { text: title, start: t.start, end: t.end },
          kind: said ?? kind,
          names: owners,
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
      names: owners,
      at: { start: m.index + 1, end: nounEnd },
      family: 'possessive',
    });
  }
  return hits;
}

// "In "T"," or "In her talk, "T",": what opens the sentence before the title.
const IN_TITLE =
  /\b(?:in|during|with)(?:\s+(?:his|her|their|the|a|an|this|that)\s+(?:\w+\s+)?(talk|keynote|session|presentation|workshop|tutorial|lightning talk|paper))?\s*,?\s*["“‘]?$/i;

// "Felix Bauer's "Types All the Way Down" was...": the title right after the possessive.
const POSSESSIVE_TITLE = /['’]s?\s+["“„«]?$/u;

const CITES =
  /\b(?:quotes?|quoted|quoting|cites?|cited|citing|recommends?|recommended|references?|referenced|reading|read|reread|mentioned|mentions?)\s+(?:(?:from|to|us)\s+)?$/i;

/** "X's "T"", "X's **T**", "X's [T](video)": a talk title owned by a person. */
export function possessiveTitle(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  if (!(triggersOf(text) & TRIGGER.apostrophe)) return hits;
  for (const span of block.flat.spans) {
    if (span.kind === 'code' || (span.kind === 'link' && isProfileSpan(span.url))) continue;
    const lead = POSSESSIVE_TITLE.exec(text.slice(Math.max(0, span.start - 6), span.start));
    if (!lead) continue;
    const apostrophe = span.start - lead[0].length;
    const owners = ownersEndingAt(block, apostrophe);
    const name = owners[0];
    if (!name) continue;
    // "Deshawn quotes Martin Kleppmann's *Designing Data-Intensive Applications*": a work
    // the sentence cites, not a talk.
    if (CITES.test(text.slice(Math.max(0, name.start - 40), name.start))) continue;
    const hit = titledHit(block, span, 'possessive-title', 'talk', owners);
    // A word or two set apart ("Ann's **favourite**") is emphasis, not a title.
    if (hit?.title && titleCased(hit.title.text) && hit.title.text.includes(' ')) {
      const kind = kindOf(hit.title.text) ?? kindLeadingTo(text, name.start) ?? 'talk';
      hits.push({ ...hit, kind });
    }
  }
  return hits;
}

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
