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
const PREFIX = 7;
const PREFIXES: [number, string[]][] = [[TRIGGER.session, ['session', 'keynote', 'plenary']]];
const EVERYTHING = (1 << 15) - 1;

/** Hash of the lower-cased ASCII letters of a word: collisions only add bits. */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++)
    h = (Math.imul(h, 31) + (word.charCodeAt(i) | 0x20)) & 0x3fffffff;
  return h;
}

function table(groups: [number, string[]][]): { bits: Map<number, number>; shapes: Int32Array } {
  const bits = new Map<number, number>();
  // For each first letter, the word lengths that occur: most words of a text are ruled out
  // by these two before any lookup.
  const shapes = new Int32Array(128);
  for (const [bit, words] of groups)
    for (const w of words) {
      const h = hashOf(w);
      bits.set(h, (bits.get(h) ?? 0) | bit);
      shapes[w.charCodeAt(0)]! |= 1 << w.length;
    }
  return { bits, shapes };
}

const whole = table(WORDS);
const prefixes = table(PREFIXES);

let lastText = '';
let lastBits = 0;

/**
 * The families' trigger bits of a text: a bit of `TRIGGER` is set when one of its words stands
 * in the text as a whole word (a run of ASCII letters, any case).
 * @example (triggersOf('Ann GAVE a talk') & TRIGGER.gave) !== 0 // true
 */
export function triggersOf(text: string): number {
  if (text === lastText) return lastBits;
  lastText = text;
  lastBits = scan(text);
  return lastBits;
}

function scan(text: string): number {
  let found = 0;
  let length = 0;
  let h = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      h = (Math.imul(h, 31) + lower) & 0x3fffffff;
      length++;
      continue;
    }
    if (length > 0) {
      found |= wordBits(text, i - length, length, h);
      length = 0;
      h = 0;
    }
    if (c === 0x27 || c === 0x2019) found |= TRIGGER.apostrophe;
    else if (c === 0x3a) found |= TRIGGER.colon;
    // The long s and the Kelvin sign match "s" and "k" in some patterns and end words in
    // others: a text holding either is left to the patterns.
    else if (c === 0x17f || c === 0x212a) return EVERYTHING;
  }
  if (length > 0) found |= wordBits(text, n - length, length, h);
  return found;
}

/** The bits of the word of `length` letters at `start` whose hash is `h`. */
function wordBits(text: string, start: number, length: number, h: number): number {
  const first = text.charCodeAt(start) | 0x20;
  let found = 0;
  if (length < 31 && (whole.shapes[first]! & (1 << length)) !== 0) found = whole.bits.get(h) ?? 0;
  if (length >= PREFIX && (prefixes.shapes[first]! & (1 << PREFIX)) !== 0)
    found |= prefixes.bits.get(hashOf(text.slice(start, start + PREFIX))) ?? 0;
  return found;
}
