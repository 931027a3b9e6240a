import { isWordCode } from './char-codes.ts';

// Most blocks of a post hold none of the words a pattern family needs ("talk", "by", "gave"):
// one scan of a block's words tells which families can match at all, so the others skip their
// regular expressions. The answer may say yes where a pattern still finds nothing, never no
// where it would find something.

/** Families' trigger words, one bit each in the answer of `triggersOf`. */
export const TRIGGER = {
  /** "gave|gives|delivered|presented a ... talk" */
  gave: 1 << 0,
  /** "listened to / heard / watched / saw X" */
  heard: 1 << 1,
  /** Talk nouns in "talk by X", "keynotes from X" */
  talkNoun: 1 << 2,
  byOrFrom: 1 << 3,
  thanks: 1 << 4,
  /** "his / her / their talk" */
  owner: 1 << 5,
  /** "held / given / presented ... by" */
  passive: 1 << 6,
  by: 1 << 7,
  /** Nouns of "X's keynote" */
  possessed: 1 << 8,
  /** Labels of a "Title: T" line */
  titleLabel: 1 << 9,
  /** Labels of a "Speaker: X" line */
  speakerLabel: 1 << 10,
  /** The verbs of `SPEAKER_VERB` (the first word of the verbs of several words) */
  speakerVerb: 1 << 11,
  /** A word starting "session", "keynote" or "plenary" */
  session: 1 << 12,
  /** ' or ’ */
  apostrophe: 1 << 13,
  colon: 1 << 14,
  /** "The day opened with X" */
  opened: 1 << 15,
} as const;

const WORDS: [number, string[]][] = [
  [
    TRIGGER.gave,
    ['gave', 'gives', 'delivered', 'presented', 'ran', 'runs', 'led', 'leads', 'hosted', 'hosts'],
  ],
  [TRIGGER.gave, ['taught', 'moderated', 'did', 'giving', 'delivering', 'presenting']],
  [
    TRIGGER.opened,
    ['opened', 'opening', 'started', 'began', 'kicked', 'closed', 'closing', 'ended', 'wrapped'],
  ],
  [
    TRIGGER.heard,
    ['listen', 'listening', 'listened', 'heard', 'hearing', 'watch', 'watched', 'watching'],
  ],
  [TRIGGER.heard, ['saw', 'seeing']],
  [TRIGGER.talkNoun, ['talk', 'talks', 'keynote', 'keynotes', 'tutorial', 'tutorials']],
  [TRIGGER.talkNoun, ['workshop', 'workshops', 'presentation', 'presentations']],
  [TRIGGER.talkNoun, ['speech', 'speeches', 'lecture', 'lectures']],
  [TRIGGER.talkNoun, ['panel', 'chat', 'conversation', 'discussion']],
  [TRIGGER.byOrFrom, ['by', 'from', 'between', 'with', 'featured', 'featuring']],
  [TRIGGER.thanks, ['thank', 'thanks']],
  [TRIGGER.owner, ['his', 'her', 'their']],
  [TRIGGER.passive, ['held', 'given', 'presented', 'delivered', 'hosted', 'run']],
  [TRIGGER.by, ['by']],
  [TRIGGER.possessed, ['keynote', 'talk', 'presentation', 'session', 'workshop', 'tutorial']],
  [TRIGGER.titleLabel, ['title', 'talk', 'session', 'topic', 'presentation']],
  [TRIGGER.speakerLabel, ['speaker', 'speakers', 'presenter', 'presenters', 'by']],
  [
    TRIGGER.speakerVerb,
    `talked talks spoke speaks presented presents gave gives delivered did held hosted ran led
    shared explained showed demoed demonstrated introduced walked took kicked opened closed
    announced followed presenting talking speaking demoing spoken opening closing`.split(/\s+/),
  ],
];
const PREFIXES = ['session', 'keynote', 'plenary'];
const EVERYTHING = (1 << 16) - 1;

// Each trigger word's bits; a word that starts like a session label also has that bit.
const BITS = new Map<string, number>();
for (const [bit, words] of WORDS) for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);
for (const w of BITS.keys())
  if (PREFIXES.some((p) => w.startsWith(p))) BITS.set(w, BITS.get(w)! | TRIGGER.session);

// The trigger words as whole words, or the start of a word that may label a session. One
// native search over the text finds them all; a word of neither kind is never looked at.
const FIND = new RegExp(
  `\\b(?:(?:${[...BITS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b|${PREFIXES.join('|')})`,
  'gi',
);

/** Where a speaker verb stands, as `SPEAKER_VERB` of the speaker-verb family finds it. */
export interface VerbAt {
  readonly index: number;
  /** The verb as written ("Presented", "walked us through"). */
  readonly 0: string;
}

interface Scanned {
  readonly text: string;
  readonly bits: number;
  /** Undefined when the text was left to the patterns. */
  readonly verbs: readonly VerbAt[] | undefined;
}

// The last few texts scanned: a pattern may look at the block after a heading or at the items
// of a list before their turn comes.
const recent: Scanned[] = [];
let nextSlot = 0;

function scanned(text: string): Scanned {
  for (const r of recent) if (r.text === text) return r;
  const r = scan(text);
  recent[nextSlot] = r;
  nextSlot = (nextSlot + 1) % 4;
  return r;
}

/**
 * The families' trigger bits of a text: a bit of `TRIGGER` is set when one of its words stands
 * in the text as a whole word, in any case, between characters that are not ASCII letters,
 * digits or `_` (where the patterns' `\b` sees a word).
 * @example (triggersOf('Ann GAVE a talk') & TRIGGER.gave) !== 0 // true
 */
export function triggersOf(text: string): number {
  return scanned(text).bits;
}

/**
 * The speaker verbs of a text in order, found by the same search as its trigger words, or
 * undefined when the text is left to the patterns (it holds ſ or the Kelvin sign).
 * @example speakerVerbsOf('Ann spoke, then Bo walked us through it')?.map((v) => v[0]) // ['spoke', 'walked us through']
 */
export function speakerVerbsOf(text: string): readonly VerbAt[] | undefined {
  return scanned(text).verbs;
}

// The verbs of several words, by their first word: the rest must follow with single spaces.
const VERB_TAILS = new Map([
  ['walked', ' us through'],
  ['took', ' us through'],
  ['kicked', ' off'],
  // "X followed with **T**": the next speaker, where "followed" alone is anyone's verb.
  ['followed', ' with'],
]);

function scan(text: string): Scanned {
  // The long s and the Kelvin sign match "s" and "k" in some patterns and are no word
  // characters in others: a text holding either is left to the patterns.
  if (text.includes('ſ') || text.includes('\u212a'))
    return { text, bits: EVERYTHING, verbs: undefined };
  let found = 0;
  const verbs: VerbAt[] = [];
  if (text.includes("'") || text.includes('’')) found |= TRIGGER.apostrophe;
  if (text.includes(':')) found |= TRIGGER.colon;
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m; m = FIND.exec(text)) {
    const word = m[0].toLowerCase();
    const bits = BITS.get(word) ?? TRIGGER.session;
    found |= bits;
    if (bits & TRIGGER.speakerVerb) {
      const tail = VERB_TAILS.get(word);
      if (tail === undefined) verbs.push({ index: m.index, 0: m[0] });
      else {
        const end = m.index + word.length + tail.length;
        if (
          text.slice(m.index + word.length, end).toLowerCase() === tail &&
          !(end < text.length && isWordCode(text.charCodeAt(end)))
        )
          verbs.push({ index: m.index, 0: text.slice(m.index, end) });
      }
    }
  }
  return { text, bits: found, verbs };
}
