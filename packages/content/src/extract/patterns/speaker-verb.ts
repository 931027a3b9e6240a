import { isSpaceCode } from '../char-codes.ts';
import { kindOf, type PatternContext, type TalkHit, titledHit } from '../hits.ts';
import { isPronoun, type NameFound, ORG_WORDS, readNames } from '../names.ts';
import { plainTitleAt } from '../plain-title.ts';
import {
  cleanTitle,
  firstMatchFrom,
  innermostTitle,
  matchesOf,
  sentences,
  someSpanStarting,
  spansStarting,
  titleLike,
  wordsBetween,
} from '../text-tools.ts';
import { speakerVerbsOf, TRIGGER, triggersOf } from '../trigger-words.ts';
import { classifyUrl, PROFILE_KINDS } from '../url-kind.ts';

// "X talked about T", "X and Y presented T", "X (@x) spoke about **T**", "X gave a talk on T";
// and "held by X ... on T". The verb ties the people to the title; without a title span the
// people are presenters of whatever the context says (an untitled session).
export const SPEAKER_VERB =
  /\b(?:talked|talks|spoke|speaks|presented|presents|gave|gives|delivered|did|held|hosted|ran|led|shared|explained|showed|demoed|demonstrated|introduced|walked us through|took us through|kicked off|followed with|opened|closed|announced|presenting|talking|speaking|demoing|spoken|opening|closing)\b/gi;
// Between a name and its verb: handles or companies in brackets, ", who", ", Acme,", " from
// Acme", or what they are (", an audio designer at Kuura Games,").
const SUBJECT_GAP = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)*(?:,\s*who\s+|,\s*who\s+(?:[^,.;:!?()]|(?<=\d)\.(?=\d)){1,80},\s*|,\s*(?:a|an|the|our)\s+[^,.;:!?()]{1,60},\s*|,\s*(?=$)|,\s*(?:from|of|at|in)\s+${ORG_WORDS}\s*,\s*|,\s*(${ORG_WORDS})\s*,\s*|\s+(?:from|of|at)\s+(${ORG_WORDS})\s+)?(?:also\s+|then\s+|both\s+|(?:is|are|was|were|has|have|had)\s+(?:now\s+|also\s+)?)?$`,
  'u',
);
// "Sofia Russo is presenting", "who is talking about": the live blog's tense, with its verb only.
const PROGRESSIVE = /\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?$/;
// "Ahmad Karimi has spoken about "T"": the perfect, with its participles only.
const PERFECT = /\b(?:has|have|had)\s+(?:now\s+|also\s+)?$/;
const PARTICIPLE =
  /^(?:spoken|talked|presented|shown|explained|demoed|demonstrated|delivered|held|hosted|led|shared|introduced)$/;

/** An organisation or product name standing for a company ("Google", "Red Hat", "AWS"). */
function looksLikeOrgOrBrand(text: string): boolean {
  return !/^(The|This|That|Day|Last|Next)\b/.test(text);
}

// A capitalised word inside a sentence, right before: "at Studio " but not a sentence's "Then ".
const PHRASE_BEFORE = /\p{Ll}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*\s+$/u;
const PASSIVE = /\b(?:held|given|presented|delivered|hosted|run)\s+by\s+/gi;
const STRONG_VERB =
  /^(talked|spoke|presented|gave|delivered|did|held|hosted|ran|led|demoed|demonstrated|presenting|talking|speaking|demoing)$/;
const TALK_NOUN =
  /^\s*(?:talk|session|keynote|workshop|presentation|lightning talk|tutorial|panel|demo)\b/i;

export interface SubjectHit {
  readonly names: NameFound[];
  readonly verb: { start: number; end: number; word: string };
}

/** Whether a link span around or right after a name is a profile link. */
export function isProfileSpan(url: string | undefined): boolean {
  return PROFILE_KINDS.has(classifyUrl(url ?? '').kind);
}

/**
 * Finds "NAMES <verb>" in a sentence: a list of people standing right before a speaker verb,
 * with only parenthesised handles or affiliations between them.
 */
export function subjectBeforeVerb(ctx: PatternContext, from: number, to: number): SubjectHit[] {
  const text = ctx.block.flat.text;
  const out: SubjectHit[] = [];
  if ((triggersOf(text) & TRIGGER.speakerVerb) === 0) return out;
  const verbs = speakerVerbsOf(text) ?? matchesOf(SPEAKER_VERB, text);
  for (let k = firstMatchFrom(verbs, from); k < verbs.length; k++) {
    const v = verbs[k]!;
    if (v.index >= to) break;
    // "A and B co-presented": the prefix is the verb's.
    const co = text.slice(Math.max(0, v.index - 3), v.index).toLowerCase() === 'co-' ? 3 : 0;
    const verb = { start: v.index - co, end: v.index + v[0].length, word: v[0].toLowerCase() };
    // Candidate subject starts: capitalised words before the verb, leftmost first.
    // A subject stands within a few words of its verb; looking further back would make a
    // long unpunctuated paragraph quadratic.
    const regionStart = Math.max(from, verb.start - 240);
    const starts = capitalStarts(text, regionStart, verb.start, regionStart);
    const strongVerb = STRONG_VERB.test(verb.word);
    for (let k = Math.max(0, starts.length - 8); k < starts.length; k++) {
      const s = starts[k]!;
      const linkAt = someSpanStarting(
        ctx.block.flat,
        s,
        s + 1,
        (sp) => sp.kind === 'link' && isProfileSpan(sp.url),
      );
      const list = readNames(text.slice(s, verb.start), {
        single: Boolean(linkAt) || strongVerb,
      });
      if (!list.names.length) continue;
      if (list.names.some((n) => isPronoun(n.name))) continue;
      // "the engine programmer of Tidewater Games, Chen Xiaoming, did": where the person
      // works, then the person; the person's own start comes next.
      if (list.names.length > 1 && /\b(?:of|at)\s+$/.test(text.slice(Math.max(0, s - 4), s)))
        continue;
      // "at Studio Kettlebell, Arvid Nyström, gave": a lone word that ends a capitalised
      // phrase is its last word, not a first name.
      // And "The composer of *Saltmarsh*, Haruka Ishikawa, talked": a word in italics or
      // quotes is a work's title.
      // "Birgit Laan, from Tallinn, gave": a place is no first name.
      if (
        !list.names[0]!.name.includes(' ') &&
        (PHRASE_BEFORE.test(text.slice(Math.max(0, s - 30), s)) ||
          /\b(?:from|in|at|of|near)\s+$/.test(text.slice(Math.max(0, s - 6), s)) ||
          someSpanStarting(
            ctx.block.flat,
            s - 1,
            s + 1,
            (sp) => sp.kind === 'emphasis' || sp.kind === 'quote',
          ))
      )
        continue;
      const gap = text.slice(s + list.end, verb.start);
      // Only handles or affiliations in parentheses, "from Org" / "of Org" / ", Org,", or
      // nothing, between the names and the verb.
      const gapShape = SUBJECT_GAP.exec(gap);
      if (gapShape && PROGRESSIVE.test(gap) && !verb.word.endsWith('ing')) continue;
      if (gapShape && PERFECT.test(gap) && !PARTICIPLE.test(verb.word)) continue;
      if (gapShape) {
        const org = gapShape[1] ?? gapShape[2];
        out.push({
          names: list.names.map((n) => ({
            ...n,
            start: n.start + s,
            end: n.end + s,
            affiliation: n.affiliation ?? (org && looksLikeOrgOrBrand(org) ? org : undefined),
          })),
          verb,
        });
        break;
      }
    }
  }
  return out;
}

const CAPITAL = /\p{Lu}/uy;

/**
 * Candidate subject starts: the capitals of text[start, end) at its start or after a space,
 * bracket, comma, semicolon or colon, as `/(?:^|[\s([,;:])(\p{Lu})/gu` finds them in that
 * stretch. Each is given as `base` plus its offset in the stretch, plus one for a capital
 * outside the Basic Multilingual Plane (the last unit of the match), as subjects always were.
 */
function capitalStarts(text: string, start: number, end: number, base: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (i > start) {
      const before = text.charCodeAt(i - 1);
      if (
        !isSpaceCode(before) &&
        before !== 0x28 &&
        before !== 0x5b &&
        before !== 0x2c &&
        before !== 0x3b &&
        before !== 0x3a
      )
        continue;
    }
    const c = text.charCodeAt(i);
    let length = 0;
    if (c >= 65 && c <= 90) length = 1;
    else if (c >= 0x80) {
      CAPITAL.lastIndex = i;
      const m = CAPITAL.exec(text);
      if (m && i + m[0].length <= end) length = m[0].length;
    }
    if (length) out.push(base + (i - start) + length - 1);
  }
  return out;
}

/** The first title span after a speaker verb that the verb really introduces. */
function titleAfterVerb(ctx: PatternContext, verbEnd: number, sentenceEnd: number) {
  const { flat } = ctx.block;
  // A title the verb introduces stands within a few words of it.
  for (const span of spansStarting(flat, verbEnd, Math.min(sentenceEnd, verbEnd + 400))) {
    if (span.kind === 'code') continue;
    if (span.kind === 'link' && isProfileSpan(span.url)) continue;
    const t = innermostTitle(flat, span);
    const title = cleanTitle(flat.text.slice(t.start, t.end));
    if (!titleLike(title)) continue;
    const between = wordsBetween(flat.text, verbEnd, span.start);
    // "spoke at *KubeCon Europe* about *T*": where the person spoke, then what about.
    if (/^(?:at|during|in)$/i.test(between[between.length - 1] ?? '')) continue;
    const lead = between.filter(
      (w) =>
        !/^(about|on|a|an|the|his|her|their|talk|session|keynote|presentation|workshop|titled|called|named|entitled|us|through|with|conference|day|event|morning|afternoon|stage|opening|closing)$/i.test(
          w,
        ),
    );
    const followedByNoun = TALK_NOUN.test(flat.text.slice(span.end, span.end + 20));
    if (lead.length <= 1 || followedByNoun || describedNoun(between))
      return { t, title, followedByNoun };
    return undefined;
  }
  return undefined;
}

/**
 * Whether the words between a verb and a title are a session noun that a few words describe,
 * then what introduces the title: "gave a short practical talk on", "ran a hands-on workshop".
 */
function describedNoun(between: readonly string[]): boolean {
  const noun = between.findLastIndex((w) => SESSION_NOUN.test(w));
  if (noun < 0 || noun > 5) return false;
  // Words that describe, not someone's name: "gave Bo's talk on" is another's talk.
  if (!between.slice(0, noun).every((w) => /^\p{Ll}/u.test(w))) return false;
  return between
    .slice(noun + 1)
    .every((w) => /^(?:on|about|of|titled|called|named|entitled|with)$/i.test(w));
}

const SESSION_NOUN = /^(?:talk|session|keynote|presentation|workshop|tutorial|demo|lecture)$/i;

// "gave a talk called T", "delivered the closing keynote, titled T": the noun announces a title
// set in no quotes or emphasis.
const NAMED_NOUN =
  /^\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talk|keynote|session|presentation|workshop|tutorial)\s*,?\s+(?:called|titled|entitled|named)\s*:?\s+/iu;

/** A plain-text title the verb's noun announces, as `titleAfterVerb` gives a set-apart one. */
function plainTitleAfterVerb(text: string, verbEnd: number, sentenceEnd: number) {
  const lead = NAMED_NOUN.exec(text.slice(verbEnd, Math.min(sentenceEnd, verbEnd + 80)));
  if (!lead) return undefined;
  const t = plainTitleAt(text, verbEnd + lead[0].length, sentenceEnd);
  if (!t) return undefined;
  const title = cleanTitle(text.slice(t.start, t.end));
  return titleLike(title) ? { t, title, followedByNoun: false } : undefined;
}

export function speakerVerb(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const triggers = triggersOf(text);
  const passive = (triggers & (TRIGGER.passive | TRIGGER.by)) === (TRIGGER.passive | TRIGGER.by);
  for (const s of sentences(text)) {
    for (const subject of subjectBeforeVerb(ctx, s.start, s.end)) {
      const found =
        titleAfterVerb(ctx, subject.verb.end, s.end) ??
        plainTitleAfterVerb(text, subject.verb.end, s.end);
      if (!found) continue;
      const kind = kindOf(text.slice(subject.verb.start, found.t.end + 25)) ?? 'talk';
      hits.push({
        block,
        title: { text: found.title, start: found.t.start, end: found.t.end },
        kind,
        names: subject.names,
        at: { start: found.t.start, end: found.t.end },
        family: 'speaker-verb',
      });
    }
    // "held by X - author of ... - on T": people named after a passive verb, then the title.
    const passives = passive ? matchesOf(PASSIVE, text) : [];
    for (let k = firstMatchFrom(passives, s.start); k < passives.length; k++) {
      const p = passives[k]!;
      if (p.index >= s.end) break;
      const at = p.index + p[0].length;
      const list = readNames(text.slice(at, s.end));
      if (!list.names.length) continue;
      const on = /\b(?:on|about|titled|called)\s+$/;
      const span = spansStarting(
        block.flat,
        at + list.end + 1,
        Math.min(s.end, at + list.end + 400),
      ).find((sp) => on.test(text.slice(Math.max(0, sp.start - 12), sp.start)));
      if (!span) continue;
      const hit = titledHit(block, span, 'held-by-on', 'talk', list.names, at);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}
