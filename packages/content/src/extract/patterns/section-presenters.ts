import type { Block } from '../blocks.ts';
import { EMOJI } from '../char-codes.ts';
import { honorificLength, type NameFound, type NameListResult, readNames } from '../names.ts';
import { isRole } from '../text-tools.ts';
import { subjectBeforeVerb } from './speaker-verb.ts';

// "By Ann Lee, Org.", "Presented by Ann Lee", "Speakers: Ann Lee and Bob Ray".
// Emoji a writer puts before the label ("👤 Speaker: Ann Lee").
const PRESENTER_LINE = new RegExp(
  [
    String.raw`^(?:${EMOJI}|\s)*(?:(?:(?:a|an|the)\s+)?(?:keynote|workshop|talk|tutorial|panel|session|lightning talk)\s+)?(?:(?:presented|given|delivered|held|moderated|led|run|hosted|facilitated|taught|conducted)\s+)?by\s+`,
    String.raw`^(?:${EMOJI}|\s)*(?:speakers?|presenters?|with|panel(?:l)?ists?|moderators?|instructors?|hosts?|facilitators?|trainers?|about the speakers?)\s*:\s*`,
    // "A very practical talk from X": a few words may say what the session was like.
    String.raw`^(?:${EMOJI}|\s)*(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}?(?:keynote|workshop|talk|tutorial|panel|session|lightning talk)\s+(?:(?:presented|given|delivered|held|moderated|led|run|hosted|facilitated|taught)\s+)?(?:by|from)\s+`,
    // "*Workshop · Ann Lee & Bo Chen*": what the session is, a separator, who gave it.
    String.raw`^(?:${EMOJI}|\s)*(?:keynote|workshop|talk|tutorial|panel|session|lightning talk|demo)\s*[·|•–—]\s*(?=\p{Lu})`,
    String.raw`^\s*with\s+(?=\p{Lu})`,
    // "👤 Ann Lee", "🗣️ Ann Lee": a person's sign before the name says who it is.
    String.raw`^\s*(?:\u{1F464}|\u{1F465}|\u{1F5E3}\uFE0F?)\s*(?=\p{Lu})`,
    String.raw`^\s*[—–]\s*(?=\p{Lu})`,
  ].join('|'),
  'iu',
);
// "Moderated by A, with panelists B (Org), C and D": the people named after the first ones.
// "With: A, B and C. Moderated by D", "Panelists: A, B · MC: D" too.
const MORE_PEOPLE =
  /^\s*\n\s*(?:panel(?:l)?ists?|speakers?|guests?|with|moderators?|hosts?|chairs?|mc)\s*:\s*(?=\p{Lu})|^\s*[,;]?\s*(?:and\s+)?with\s+(?:(?:the\s+)?panel(?:l)?ists?\s+|guests?\s+)?|^\s*[.,;·|]?\s*(?:and\s+)?(?:moderated|chaired|hosted)\s+by\s+(?=\p{Lu})|^\s*[.,;·|]\s*(?:mc|emcee|moderator|host|chair)\s*:\s*(?=\p{Lu})/iu;
// "it was given by Bill Kennedy" later in the paragraph.
const GIVEN_BY =
  /\b(?:it|this(?: one| talk)?|that(?: one| talk)?|the talk)\s+(?:was\s+)?(?:given|presented|delivered|held|hosted|led)\s+by\s+/i;

// Verbs that open a talk's account, asked only of the first words under its heading: "Ann Lee
// from Acme started by asking...", "Ann Lee discussed...".
const OPENING_VERB =
  /^\s*(?:\s+from\s+\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})?\s+(?:started|began|discussed|described|covered|argued|outlined)\b/u;

/**
 * "Speaker: Grandma CSS herself, Dr. Hélène Marchand": a lone word that words follow is how
 * the writer describes someone, whose full name comes after a comma on the same line.
 */
function describedThenNamed(
  text: string,
  at: number,
  list: NameListResult,
): { at: number; list: NameListResult } | undefined {
  const [only] = list.names;
  if (list.names.length !== 1 || only!.name.includes(' ')) return undefined;
  const line = text.slice(at + list.end).split('\n', 1)[0]!;
  const comma = line.indexOf(', ');
  if (!/^\s+\p{L}/u.test(line) || comma < 0) return undefined;
  const from = at + list.end + comma + 2;
  const full = readNames(text.slice(from));
  return full.names[0]?.name.includes(' ') ? { at: from, list: full } : undefined;
}

const shifted = (names: readonly NameFound[], at: number): NameFound[] =>
  names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));

/**
 * The people the paragraph opening a talk's section names as its presenters, with offsets in
 * its text: a presenter line ("By Ann Lee, Org."), the subject of its first sentence ("Ann Lee
 * presented..."), a full name opening it before a comma or alone on its line ("Alan Donovan, a
 * co-author of..."), or "it was given by X" further on. None when it names none so.
 * @example presentersOpening(blocks, blockOf('By Ann Lee, Acme.'))[0]?.name === 'Ann Lee'
 */
export function presentersOpening(blocks: readonly Block[], first: Block): NameFound[] {
  const text = first.flat.text;
  const by = PRESENTER_LINE.exec(text);
  if (by) {
    const names: NameFound[] = [];
    let at = by[0].length;
    for (let guard = 0; guard < 4; guard++) {
      let list = readNames(text.slice(at), { single: true });
      if (!list.names.length) break;
      const described = guard === 0 ? describedThenNamed(text, at, list) : undefined;
      if (described) {
        at = described.at;
        list = described.list;
      }
      names.push(...shifted(list.names, at));
      at += list.end;
      const more = MORE_PEOPLE.exec(text.slice(at));
      if (!more) break;
      at += more[0].length;
    }
    return names;
  }
  const end = text.search(/[.!?](\s|$)/);
  const subject = subjectBeforeVerb({ blocks, block: first }, 0, end === -1 ? text.length : end);
  if (subject[0] && subject[0].names[0]!.start < 3) return [...subject[0].names];
  const lead = readNames(text);
  const last = lead.names[lead.names.length - 1];
  if (
    last &&
    // "Dr. Ann Lee, Fellow at...": an honorific may come first.
    lead.names[0]!.start === honorificLength(text) &&
    // "Jonas Whitford · 30 min · Hall B": a meta line under the heading.
    (/^\s*[,(·|•]/.test(text.slice(last.end)) ||
      // "Ann Lee — Staff Engineer at Otto": a byline's job after a dash.
      isRole(text.slice(last.end).replace(/^\s*[—–-]\s*/, '')) ||
      /^\s*\.?\s*(\n|$)/.test(text.slice(lead.end)) ||
      OPENING_VERB.test(text.slice(lead.end)))
  )
    return [...lead.names];
  const given = GIVEN_BY.exec(text);
  if (!given) return [];
  const at = given.index + given[0].length;
  return shifted(readNames(text.slice(at)).names, at);
}

/** The first paragraph or list item of a heading's section, where its presenters are named. */
export function firstUnder(blocks: readonly Block[], heading: Block): Block | undefined {
  for (let i = heading.index + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && b.depth <= heading.depth) return undefined;
    if (b.kind === 'paragraph' || b.kind === 'item') return b;
  }
  return undefined;
}
