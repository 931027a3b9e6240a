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
} as const;

const WORDS: [number, string[]][] = [
  [TRIGGER.gave, ['gave', 'gives', 'delivered', 'presented']],
  [
    TRIGGER.heard,
    ['listen', 'listening', 'listened', 'heard', 'hearing', 'watch', 'watched', 'watching'],
  ],
  [TRIGGER.heard, ['saw', 'seeing']],
  [TRIGGER.talkNoun, ['talk', 'talks', 'keynote', 'keynotes', 'tutorial', 'tutorials']],
  [TRIGGER.talkNoun, ['workshop', 'workshops', 'presentation', 'presentations']],
  [TRIGGER.talkNoun, ['speech', 'speeches', 'lecture', 'lectures']],
  [TRIGGER.byOrFrom, ['by', 'from']],
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
    announced`.split(/\s+/),
  ],
];
const PREFIXES = ['session', 'keynote', 'plenary'];
const EVERYTHING = (1 << 15) - 1;

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

let lastText = '';
let lastBits = 0;

/**
 * The families' trigger bits of a text: a bit of `TRIGGER` is set when one of its words stands
 * in the text as a whole word, in any case, between characters that are not ASCII letters,
 * digits or `_` (where the patterns' `\b` sees a word).
 * @example (triggersOf('Ann GAVE a talk') & TRIGGER.gave) !== 0 // true
 */
export function triggersOf(text: string): number {
  if (text === lastText) return lastBits;
  lastText = text;
  lastBits = scan(text);
  return lastBits;
}

function scan(text: string): number {
  // The long s and the Kelvin sign match "s" and "k" in some patterns and are no word
  // characters in others: a text holding either is left to the patterns.
  if (text.includes('ſ') || text.includes('\u212a')) return EVERYTHING;
  let found = 0;
  if (text.includes("'") || text.includes('’')) found |= TRIGGER.apostrophe;
  if (text.includes(':')) found |= TRIGGER.colon;
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m; m = FIND.exec(text))
    found |= BITS.get(m[0].toLowerCase()) ?? TRIGGER.session;
  return found;
}
