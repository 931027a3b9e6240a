import type { FlatText } from '../flat-text.ts';
import { kindLeadingTo, kindOf, type PatternContext, type Range, type TalkHit } from '../hits.ts';
import { isPersonName } from '../names.ts';
import { HeldTitles } from '../range-set.ts';
import {
  cleanTitle,
  innermostTitle,
  sentenceAt,
  someSpanStarting,
  stripKindLabel,
  titleLike,
} from '../text-tools.ts';
import { classifyUrl, PROFILE_KINDS } from '../url-kind.ts';
import { bookLink } from './book-link.ts';
import { namesAfter } from './names-after.ts';

const CLOSING_QUOTE = /["”’'“»]/;
const CONNECTOR_NOUN = /\b(?:talk|keynote|session|presentation|workshop|panel|tutorial|demo)\b/i;
// "T by X", "T, presented by X", "T", was given by X", "T (X)", "T, a provocative talk by X",
// "T was a full-day workshop run by X", "T, co-presented by X and Y", "T, presented from X",
// "T, taught by X", "the "T" workshop taught by X".
const SPAN_CONNECTOR =
  /^\s+(?:talk|keynote|session|presentation|workshop|panel|tutorial|demo|lecture)\s+(?:(?:given|led|presented|run|taught|hosted|moderated|chaired|conducted|delivered)\s+)?by\s+|^\s*,?\s+(?:(?:(?:was|were)\s+)?(?:presented|co-presented|given|held|delivered|hosted|led|run|taught|moderated|chaired|conducted)\s+by|(?:presented|given|held)\s+from|by|from|of)\s+|^\s*\(\s*(?=\p{Lu})|^\s*(?:,|\s(?:was|is))\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:talk|keynote|session|presentation|workshop|panel|tutorial|demo)(?:\s+on\s+day\s+\w+|\s+(?:this|that|on)\s+\w+)?\s*,?\s+(?:(?:given|led|presented|run|taught|hosted|moderated|chaired|conducted)\s+)?by\s+/iu;

// "After lunch: **Blazor in Anger**, Tor-Arne Vestbø.": a title set apart that opens its
// sentence (after a lead-in ending in a colon or a dash, at most: "Room 5 — **T**, Name."),
// then only its speakers' names.
const COMMA_NAMES = /^\s*,\s+(?=\p{Lu})/u;
// "*T* with Ann Lee and Bo Chen", "**T**, which had Ann Lee and Bo Chen on stage": people with
// a title, who are its speakers when each is named in full.
// "**T**: panelists Ann Lee, Bo Chen; moderator Cy Dahl": the roster after a colon.
// "the panel discussion "T" took place, with A, B and C", ""T" brought together A and B".
const WITH_NAMES =
  /^\s*(?:(?:\s+took\s+place)?,?\s+(?:with|featuring)|,\s*(?:which|that)\s+(?:had|featured)|:\s*(?:the\s+)?(?:panelists|speakers|presenters|on stage|with)\s*:?|\s+brought\s+together)\s+(?=\p{Lu})/u;
// "The maintainers' panel, "T": A, B and C.": a roster of two or more after a colon, to the end
// of the sentence.
const COLON_NAMES = /^\s*:\s+(?=\p{Lu})/u;
// "T", which Tamsin Gale ran; "T", the half-day workshop that A and B ran: the people, then
// what they did with it.
const WHICH_RAN = /^\s*,\s*(?:(?:the|a|an)\s+[^,.;:!?"“”]{0,40}?\s+)?(?:which|that)\s+(?=\p{Lu})/u;
const RAN_IT = /^\s+(?:ran|gave|presented|co-presented|led|taught|delivered|hosted|did)\b/;
const LEAD_IN_ONLY = /^[^.!?:]{0,40}(?::|\s[—–-])\s*$|^\s*$/;
// "Caught the panel *T* (spoiler: no). On stage: Ann Lee, Bo Chen.": the roster opens the
// sentence after the title's, whose rest is an aside at most.
const ROSTER_NEXT =
  /^\s*(?:(?:on stage|panel(?:l)?ists|speakers|presenters)\s*:|(?:on stage|(?:the\s+)?panel(?:l)?ists)\s+were)\s+(?=\p{Lu})/iu;

/**
 * Where the roster of the sentence after the one holding `at - 1` is, when it opens with one,
 * and the words that open it.
 */
function rosterAfter(
  flat: FlatText,
  at: number,
): { lead: RegExpExecArray; from: number; to: number } | undefined {
  const own = sentenceAt(flat.text, Math.max(0, at - 1));
  if (own.end >= flat.text.length) return undefined;
  const lead = ROSTER_NEXT.exec(flat.text.slice(own.end, own.end + 40));
  if (!lead) return undefined;
  const from = own.end + lead[0].length;
  return { lead, from, to: Math.min(sentenceAt(flat.text, from).end + 1, flat.text.length) };
}

/**
 * The match, when a capital follows it: SPAN_CONNECTOR ignores case, and so its own test for
 * a capital after "(" ("*T* (spoiler: no)" is no "*T* (Ann Lee)").
 */
function capitalAfter(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m || (!m[0].endsWith('(') && !/\(\s+$/.test(m[0]))) return m;
  return /^\p{Lu}/u.test(m.input.slice(m.index + m[0].length)) ? m : null;
}

/** The roster of the sentence after a title's, whose rest after the title is an aside at most. */
function rosterNext(flat: FlatText, span: Range): ReturnType<typeof rosterAfter> {
  const last = Math.max(span.start, span.end - 1);
  if (sentenceAt(flat.text, last).end - span.end > 40) return undefined;
  return rosterAfter(flat, last + 1);
}

/** Sentence form: a quoted, emphasised or linked title followed by "by X" / ", presented by X". */
export function titleBySpan(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const titles = new HeldTitles();
  for (const span of block.flat.spans) {
    if (span.kind === 'code') continue;
    // The connectors are read after the quote a title set apart may end in ("*"T"* by X").
    const from = CLOSING_QUOTE.test(text.charAt(span.end)) ? span.end + 1 : span.end;
    // The connector first: most spans have none, and the other checks cost more.
    const by = capitalAfter(SPAN_CONNECTOR.exec(text.slice(from, span.end + 60)));
    const comma = by || span.kind === 'link' ? null : COMMA_NAMES.exec(text.slice(from));
    const withNames =
      by || comma || span.kind === 'link' ? null : WITH_NAMES.exec(text.slice(from));
    const whichRan =
      by || comma || withNames || span.kind === 'link'
        ? null
        : WHICH_RAN.exec(text.slice(from, span.end + 80));
    const colon =
      by || comma || withNames || whichRan || span.kind === 'link'
        ? null
        : COLON_NAMES.exec(text.slice(from, from + 4));
    const roster =
      by || comma || withNames || whichRan || colon || span.kind === 'link'
        ? null
        : rosterNext(block.flat, span);
    const conn = by ?? comma ?? withNames ?? whichRan ?? colon ?? roster?.lead;
    if (!conn) continue;
    if (span.kind === 'link' && PROFILE_KINDS.has(classifyUrl(span.url ?? '').kind)) continue;
    let t: Range = innermostTitle(block.flat, span);
    let title = cleanTitle(text.slice(t.start, t.end));
    // "**Keynote — "Python and the Planet"**, Ann Lee.": the label says the kind, not the title.
    const labelled = stripKindLabel(title);
    const labelKind = labelled.label ? kindOf(labelled.label) : undefined;
    if (labelled.label) {
      const inner = cleanTitle(labelled.title);
      const at = text.indexOf(inner, t.start);
      if (at >= 0 && at + inner.length <= t.end) {
        t = { start: at, end: at + inner.length };
        title = inner;
      }
    }
    if (!titleLike(title) || bookLink(ctx, span.start, span.end)) continue;
    // "my colleague **Kevin Mutua** from **Twiga Labs**": a person from somewhere, no talk.
    // A person's name is set apart in bold or italics, not quoted: ""Multi-Tenancy Myths"
    // (Zainab Oyelowo)" is a title.
    if (
      (/\bfrom\s*$/.test(conn[0]) || (/\(\s*$/.test(conn[0]) && span.kind !== 'quote')) &&
      isPersonName(title)
    )
      continue;
    // "**Matz** (Yukihiro Matsumoto)": one word before a name in brackets is a nickname.
    if (conn[0].includes('(') && !title.includes(' ')) continue;
    if (
      /\b(author|authors|book|books|wrote|writer|read|reading|reread|novel|postmortem|post-mortem|making|creators?|director|designers?)\s+(of\s+|the\s+book\s+)?["“„«]?$/i.test(
        text.slice(Math.max(0, span.start - 20), span.start),
      )
    )
      continue;
    // From the sentence the title opens in to the one it ends in: a title may hold a "?".
    const sentence = {
      start: sentenceAt(text, span.start).start,
      end: sentenceAt(text, Math.max(span.start, span.end - 1)).end,
    };
    const after = roster
      ? namesAfter(ctx, roster.from, roster.to)
      : namesAfter(ctx, from + conn[0].length, Math.min(sentence.end + 1, text.length));
    if (!after.names.length) continue;
    // "— panel at *API Days Paris*, with A, B and C": the event it was at, not its title.
    if (!by && /\b(?:at|during)\s+$/.test(text.slice(Math.max(0, span.start - 8), span.start)))
      continue;
    if (!by && after.names.some((n) => !n.name.includes(' '))) continue;
    if (
      colon &&
      (after.names.length < 2 || !/^\s*[.!?]?\s*$/.test(text.slice(after.end, sentence.end + 1)))
    )
      continue;
    if (whichRan && !RAN_IT.test(text.slice(after.end, after.end + 20))) continue;
    // "was **Rustam Nazarov** with *Finding Bugs in Rust*": a person, then the title set apart.
    if (
      !by &&
      isPersonName(title) &&
      someSpanStarting(
        block.flat,
        after.names[0]!.start,
        after.names[0]!.start + 2,
        (s) => s.kind !== 'link',
      )
    )
      continue;
    // "**Dong-hyun Baek**, Mariana Coutinho, Ahmed Farouk": a list of people, the first set
    // apart; "**Quiet Harbours**, Mira Okafor and Ilse Brandt" is a title and its speakers.
    if (
      comma &&
      ((isPersonName(title) &&
        after.names.length > 1 &&
        text.slice(after.names[0]!.end, after.names[1]!.start).includes(',')) ||
        !LEAD_IN_ONLY.test(text.slice(sentence.start, span.start)) ||
        !/^\s*[.!?]?\s*$/.test(text.slice(after.end, sentence.end + 1)))
    )
      continue;
    if (titles.holds(t)) continue;
    titles.add(t);
    // The noun the connector names first ("T, a talk by X"), else one just around the title.
    const kind =
      labelKind ??
      (CONNECTOR_NOUN.test(conn[0])
        ? (kindOf(conn[0]) ?? 'talk')
        : (kindOf(text.slice(Math.max(0, span.start - 30), span.end + 15)) ??
          kindLeadingTo(text, span.start) ??
          'talk'));
    // "T" was the big panel, moderated by D. On stage were A, B and C.
    const rest = !roster && kind === 'panel' ? rosterAfter(block.flat, after.end) : undefined;
    const more = rest ? namesAfter(ctx, rest.from, rest.to).names : [];
    hits.push({
      block,
      title: { text: title, start: t.start, end: t.end },
      kind,
      names: [...after.names, ...more.filter((n) => !after.names.some((m) => m.name === n.name))],
      at: { start: t.start, end: t.end },
      family: 'span-by',
    });
  }
  return hits;
}
