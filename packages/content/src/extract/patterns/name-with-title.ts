import type { Block } from '../blocks.ts';
import type { Span } from '../flat-text.ts';
import type { PatternContext, TalkHit } from '../hits.ts';
import { kindOf, titledHit } from '../hits.ts';
import { isPersonName, type NameFound, withoutHonorificAtEnd } from '../names.ts';
import { titleCased } from '../text-tools.ts';
import { nameEndingAt, namesStartingAt, ownersEndingAt } from './name-before.ts';
import { isProfileSpan } from './speaker-verb.ts';

// "Next up was Ana Lima with "Functional Programming in the Small"": a person, "with", then a
// title set apart, as a schedule's running order is told. "Ana Lima on **T**" too, when the
// name opens the sentence or follows a colon ("...waiting for: Ana Lima on **T**"), or a
// session is said to be or come from the person.
const WITH = /\s+(with|on)\s+["“„«]?$/i;
// "Brandon Clarke is up next with a talk titled "T"": the running order's words, and the session
// the title is of.
const UP_WITH =
  /\s+(?:is|was)\s+up(?:\s+next|\s+now)?\s+with\s+(?:(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(talk|keynote|session|presentation|workshop|tutorial|demo)\s*,?\s*(?:(?:titled|called|entitled|named)\s*:?\s*)?)?["“„«]?$/iu;
// "Chiamaka Obi, whose talk "T" argued…": the person, then the session that was theirs.
const WHOSE =
  /,\s+whose\s+(?:[\p{L}-]+\s+){0,2}?(talk|keynote|session|presentation|workshop|lightning talk|panel|tutorial)\s*,?\s*(?:(?:was\s+)?(?:titled|called|named|entitled)\s*)?["“„«]?$/iu;
// Or "The opening keynote was Eric Evans on *T*", "The keynote came from Ann Lee on *T*".
const OPENS =
  /(?:^|[:.!?—–]\s*|\b(?:keynote|talk|session|presentation|plenary)\s+(?:was|is|came from)\s+)$/i;

// "The closing talk was from Lucia Ferreira, "T"", "The keynote came from Ann Lee: *T*": a
// session said to come from the person, then its title after a comma or a colon.
const TITLE_AFTER_COMMA = /\s*(?:[,:]|,\s*and\s+it\s+was\s+(?:called|titled|named))\s*["“„«]?$/;
// "The last talk for me was from X": a few words may come between the noun and the verb.
const SESSION_FROM =
  /\b(keynote|talk|session|presentation|plenary|workshop|lecture)\s+(?:[\p{Ll}]+\s+){0,3}?(?:was\s+(?:from|by|given\s+by|delivered\s+by)|came\s+from)\s+$/iu;
const DESCRIBED_AS =
  /(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:speaker|woman|man|person|developer|engineer|researcher)\s+(?:named|called)\s+$/u;
const SESSION_FROM_NEAR = /\b(?:was|came)\s+(?:from|by|given\s+by|delivered\s+by)\s/i;

// "Marc Brooker, "T".", "Next was Ingrid Solberg, "T".", "10:15 – A and B, "T".": the
// people, a comma, then a title set apart that ends the sentence, when the people open the
// sentence (after a schedule's time, a thread's number or a kind's label: "Lightning: X, "T"")
// or follow the running order's verb.
const COMMA_BEFORE = /,\s*["“„«]?$/;
const COMMA_IN = /,\s+in\s+["“„«]?$/;
const RUNNING_ORDER =
  /(?:^|[.!?]\s+)(?:\d{1,2}[:.h]\d{2}\s*(?:[-–—|:]\s*)?|\d{1,3}\s*\/\s*|((?:opening\s+|closing\s+)?(?:keynote|lightning(?:\s+talk)?|workshop|panel|demo|talk))\s*:\s*|(?:(?:next(?:\s+up)?|then|after\s+that|after\s+lunch|later|finally)\s*,?\s*)?(?:(?:was|were|came)\s+)?)$/i;

// "Alex Hidalgo in his talk "T"", "A and B in their keynote, "T"", "said X early in her
// talk, "T"", "X said this in his keynote, "T"": the person, then their own session, then its
// title.
const IN_OWN_SESSION =
  /(?:\s+(?:said|says|put|argued|explained|showed|noted|joked|asked)(?:\s+(?:this|that|it|so))?)?,?\s+(?:(?:early|late|later|right|once|halfway|\p{Ll}+ly)\s+)?(?:in|during)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(talk|keynote|session|presentation|workshop|lecture)\s*,?\s*(?:(?:titled|called|named|entitled)\s*:?\s*)?["“„«]?$/iu;

// "Closing keynote: Ann Lee on *T*": the label before the person says what the session was.
const LABEL_BEFORE = /\b(keynote|workshop|panel|tutorial|lightning talk)\s*[:—–-]\s*$/i;
const ORG_BEFORE = /\s*\(([^()\n]{2,60})\)$/;
const HANDLE_END = /@[A-Za-z0-9_]{1,30}$/;

// "the talk of Zofia Wiśniewska "T"", "the keynote of Mr. Tomasz Grabowski, titled "T"": a
// session of a person, as writers whose first language says it so write it.
// Or "with the title "T"", "was called "T"", ": "T"", as such writers also write it.
const TITLED_AFTER_NAME =
  /\s*[,:]?\s*(?:(?:with\s+the\s+(?:title|name)|(?:was\s+)?(?:titled|called|entitled|named))\s*:?\s*)?["“„]?$/;
const SESSION_OF_NEAR = /\b(?:talk|keynote|session|presentation|workshop|lecture)\s+of\s/i;
const SESSION_OF = /\b(talk|keynote|session|presentation|workshop|lecture)\s+of\s+$/i;

/** The person whose session "the talk of X" names, X ending at `end`, and the session's noun. */
function sessionOf(block: Block, end: number): { name: NameFound; noun: string } | undefined {
  const name = nameEndingAt(block, end);
  if (!name) return undefined;
  const before = block.flat.text.slice(Math.max(0, name.start - 40), name.start);
  const noun = SESSION_OF.exec(withoutHonorificAtEnd(before));
  return noun ? { name, noun: noun[1]! } : undefined;
}

/** The person a session is said to come from, when its title follows at `start`, and its noun. */
function sessionFrom(block: Block, start: number): { name: NameFound; noun: string } | undefined {
  const text = block.flat.text;
  const comma = TITLE_AFTER_COMMA.exec(text.slice(Math.max(0, start - 30), start));
  const name = comma && nameEndingAt(block, start - comma[0].length);
  if (!name) return undefined;
  // "…was by a speaker named Eszter Nagy, and it was called "T"": who the person is goes too.
  const before = text.slice(Math.max(0, name.start - 80), name.start).replace(DESCRIBED_AS, '');
  const noun = SESSION_FROM.exec(withoutHonorificAtEnd(before));
  return noun ? { name, noun: noun[1]! } : undefined;
}

/** The people a title set apart is said to be of, and the session's noun, by one of the forms above. */
interface Owners {
  readonly names: NameFound[];
  readonly noun?: string;
}

/** "Chiamaka Obi, whose talk "T"". */
function whoseSession(block: Block, start: number): Owners | undefined {
  const whose = WHOSE.exec(block.flat.text.slice(Math.max(0, start - 60), start));
  if (!whose) return undefined;
  const name = nameEndingAt(block, start - whose[0].length);
  return { names: name ? [name] : [], noun: whose[1] };
}

/** "the talk of Zofia Wiśniewska "T"", "the keynote of X, titled "T"". */
function sessionOfTitled(block: Block, start: number): Owners | undefined {
  const near = block.flat.text.slice(Math.max(0, start - 80), start);
  const titled = SESSION_OF_NEAR.test(near) ? TITLED_AFTER_NAME.exec(near) : null;
  const of = titled ? sessionOf(block, start - titled[0].length) : undefined;
  return of && { names: [of.name], noun: of.noun };
}

/** "The closing talk was from Lucia Ferreira, "T"". */
function sessionFromTitled(block: Block, start: number): Owners | undefined {
  const from = sessionFrom(block, start);
  return from && { names: [from.name], noun: from.noun };
}

/** "Alex Hidalgo in his talk "T"", "A and B, during their keynote, "T"". */
function inOwnSession(block: Block, start: number): Owners | undefined {
  const own = IN_OWN_SESSION.exec(block.flat.text.slice(Math.max(0, start - 60), start));
  return own ? { names: ownersEndingAt(block, start - own[0].length), noun: own[1] } : undefined;
}

// "Folasade Ayodele-Price tells us about her talk, "T"", "X discussed his keynote "T"": the
// person opening the sentence, words of their doing, then their own session and its title.
const OWN_SESSION_AFTER =
  /\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,8}?(?:his|her|their)\s+(?:own\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?(talk|keynote|session|presentation|workshop|lecture)\s*[,:]?\s*(?:(?:titled|called|named|entitled)\s*:?\s*)?["“„«]?$/u;

/** "X tells us about her talk, "T"", when X opens the sentence. */
function ownSessionAfterWords(block: Block, start: number): Owners | undefined {
  const from = Math.max(0, start - 120);
  const text = block.flat.text;
  const own = OWN_SESSION_AFTER.exec(text.slice(from, start));
  if (!own) return undefined;
  const names = ownersEndingAt(block, from + own.index);
  if (!names.length) return undefined;
  const opening = withoutHonorificAtEnd(
    text.slice(Math.max(0, names[0]!.start - 60), names[0]!.start),
  );
  return OPENS_SENTENCE.test(opening) ? { names, noun: own[1] } : undefined;
}
const OPENS_SENTENCE = /(?:^|[.!?:—–]\s*)$/;

/** "Brandon Clarke is up next with a talk titled "T"". */
function upNextWith(block: Block, start: number): Owners | undefined {
  const up = UP_WITH.exec(block.flat.text.slice(Math.max(0, start - 80), start));
  if (!up) return undefined;
  const name = nameEndingAt(block, start - up[0].length);
  return { names: name ? [name] : [], noun: up[1] };
}

/** `namesCommaTitle` for a span set apart whose title closes its sentence. */
function commaTitleClosing(block: Block, span: Span): Owners | undefined {
  if (span.kind !== 'quote' && span.kind !== 'strong' && span.kind !== 'emphasis') return undefined;
  const after = block.flat.text.slice(span.end, span.end + 4);
  if (/^["”’*_]?\s*(?:[.!]|$)/.test(after)) return namesCommaTitle(block, span.start, COMMA_BEFORE);
  // "A and B, in "T", catalogued…": the title set aside between commas.
  if (/^["”’*_]?\s*,/.test(after)) return namesCommaTitle(block, span.start, COMMA_IN);
  return undefined;
}

/** "Marc Brooker, "T".", "Next was A and B, "T".", with the words `before` the title. */
function namesCommaTitle(block: Block, start: number, before: RegExp): Owners | undefined {
  const text = block.flat.text;
  const comma = before.exec(text.slice(Math.max(0, start - 6), start));
  if (!comma) return undefined;
  const names = ownersEndingAt(block, start - comma[0].length);
  if (!names.length || !names.every((n) => n.name.includes(' '))) return undefined;
  const opening = withoutHonorificAtEnd(
    text.slice(Math.max(0, names[0]!.start - 60), names[0]!.start),
  );
  const order = RUNNING_ORDER.exec(opening);
  if (!order) return undefined;
  return { names, noun: order[1] };
}

// "Thank you to A and B for "T"", "thanks to X for the lightning talk "T"", "Thank you to X
// for running the hands-on workshop "T"": an organiser's thanks name who gave each session.
const THANKED_FOR =
  /\bthanks?(?:\s+you)?(?:\s+(?:to|go\s+to))?,?\s+([^.!?"“]{3,160}?)\s+for\s+(?:(?:running|giving|presenting|leading|hosting|delivering|teaching)\s+)?(?:(?:the|his|her|their|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(talk|keynote|session|presentation|workshop|lightning\s+talk|panel|tutorial|demo)\s*,?\s*(?:(?:titled|called|on)\s*:?\s*)?)?["“„«]?$/iu;

/** "Thank you to A and B for "T"". */
function thankedFor(block: Block, start: number): Owners | undefined {
  const from = Math.max(0, start - 240);
  const thanked = THANKED_FOR.exec(block.flat.text.slice(from, start));
  if (!thanked) return undefined;
  const at = from + thanked.index + thanked[0].indexOf(thanked[1]!);
  const list = namesStartingAt(block, at);
  // The names are all of the thanked: "Thank you to the volunteers of X for" thanks no speaker.
  if (!list.names.length || list.names[0]!.start !== 0 || list.end < thanked[1]!.length - 1)
    return undefined;
  return {
    names: list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at })),
    noun: thanked[2],
  };
}

// Tried in this order; the first that reads the words before a title has it, people or not.
type OwnedForm = (block: Block, start: number) => Owners | undefined;
const OWNED_FORMS: readonly OwnedForm[] = [
  whoseSession,
  sessionOfTitled,
  sessionFromTitled,
  ownSessionAfterWords,
  inOwnSession,
  upNextWith,
  thankedFor,
];
// The words of the forms above, of "with" and "on", and of a comma before a title: "whose",
// "her talk", "up next", "thank you", ", "T"".
const NEAR_WORDS =
  /\s(?:with|on|whose|up)\s|\s(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:talk|keynote|session|presentation|workshop|lecture)|\bthank|,\s*(?:in\s+)?["“„«*_]/i;

function firstOwners(block: Block, start: number): Owners | undefined {
  for (const form of OWNED_FORMS) {
    const owned = form(block, start);
    if (owned) return owned;
  }
  return undefined;
}

export function nameWithTitle(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  // Most blocks have none of these words, nor "the talk of", before a span at all.
  if (!NEAR_WORDS.test(text) && !SESSION_OF_NEAR.test(text) && !SESSION_FROM_NEAR.test(text))
    return hits;
  for (const span of block.flat.spans) {
    if (span.kind === 'code' || (span.kind === 'link' && isProfileSpan(span.url))) continue;
    const owned = firstOwners(block, span.start) ?? commaTitleClosing(block, span);
    if (owned) {
      const hit = owned.names.length
        ? titledHit(block, span, 'name-with-title', 'talk', owned.names)
        : undefined;
      if (hit?.title) hits.push({ ...hit, kind: kindOf(owned.noun ?? hit.title.text) ?? 'talk' });
      continue;
    }
    const withLead = WITH.exec(text.slice(Math.max(0, span.start - 8), span.start));
    if (!withLead) continue;
    // "**Prof. Jomo Kiprono** (University of Nairobi) on *T*": where the person works between.
    const before = span.start - withLead[0].length;
    const org =
      text.charCodeAt(before - 1) === 0x29 ? ORG_BEFORE.exec(text.slice(0, before)) : null;
    // "@sarahboyce_dev (Sarah Boyce) with "T"": the person is the one in brackets.
    const handled = org && HANDLE_END.test(text.slice(0, org.index)) && isPersonName(org[1]!);
    const found = handled
      ? { name: org[1]!, start: before - 1 - org[1]!.length, end: before - 1 }
      : nameEndingAt(block, org ? org.index : before);
    if (!found) continue;
    const name = org && !handled ? { ...found, affiliation: found.affiliation ?? org[1] } : found;
    // An honorific before the name is none of the words before it: "keynote: Prof. Ann Lee on".
    const opening = withoutHonorificAtEnd(text.slice(0, name.start));
    if (withLead[1]!.toLowerCase() === 'on' && !OPENS.test(opening)) continue;
    const hit = titledHit(block, span, 'name-with-title', 'talk', [name]);
    // "Ana Lima with **Acme**" names a company: a title has words of its own.
    if (!hit?.title || !titleCased(hit.title.text) || !hit.title.text.includes(' ')) continue;
    const label = LABEL_BEFORE.exec(opening);
    hits.push({ ...hit, kind: kindOf(hit.title.text) ?? kindOf(label?.[1] ?? '') ?? 'talk' });
  }
  return hits;
}
