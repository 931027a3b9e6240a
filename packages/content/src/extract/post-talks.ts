import type { TalkKind } from '../schema/talk.ts';
import type { ExtractedTalk } from './extract-post.ts';
import { Remembered } from './remembered.ts';
import {
  normalize,
  otherSpeakers,
  patternSiblings,
  STOP_WORDS,
  titleSimilarity,
  titleTokens,
} from './similarity.ts';

export const SAME_TITLE_IN_POST = 0.75;

// A word most titles of a post share ("talk", in a list of hundreds) tells none apart, as a stop
// word does not: a bucket of more talks than this is not searched, and a title of the same words
// is still found whole (`#byTitle`). Real posts name a few dozen talks at most; a post naming
// twenty thousand with one word in common took six minutes, every title against every other.
const CROWDED = 64;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The talks one post reports, indexed so that each new mention finds its talk without
 * comparing against every talk so far: titles by word stems (a typo changes the start or the
 * end of a word, rarely both), untitled sessions by label and presenter, titled talks by kind
 * and presenter for back-references.
 */
export class PostTalks {
  readonly all: ExtractedTalk[] = [];
  readonly #order = new Map<ExtractedTalk, number>();
  readonly #byWord = new Map<string, ExtractedTalk[]>();
  /** The first talk of each title, normalized. */
  readonly #byTitle = new Map<string, ExtractedTalk>();
  readonly #byLabel = new Map<string, ExtractedTalk[]>();
  readonly #byKindSpeaker = new Map<string, ExtractedTalk[]>();

  add(talk: ExtractedTalk): void {
    this.#order.set(talk, this.all.length);
    this.all.push(talk);
    if (talk.title) {
      for (const key of wordKeys(talk.title)) push(this.#byWord, key, talk);
      const whole = normalize(talk.title);
      if (!this.#byTitle.has(whole)) this.#byTitle.set(whole, talk);
    }
    for (const s of talk.speakers) this.#indexSpeaker(talk, s);
    if (!talk.title && talk.label && !talk.speakers.length)
      push(this.#byLabel, labelKey(talk.label, ''), talk);
  }

  /** Records a presenter added to a talk after it was indexed. */
  addSpeaker(talk: ExtractedTalk, speaker: string): void {
    talk.speakers.push(speaker);
    this.#indexSpeaker(talk, speaker);
  }

  #indexSpeaker(talk: ExtractedTalk, speaker: string): void {
    if (talk.title) push(this.#byKindSpeaker, `${talk.kind}\u0000${speaker}`, talk);
    else if (talk.label) push(this.#byLabel, labelKey(talk.label, speaker), talk);
  }

  /** The first talk (in the post's order) whose title is alike, given by no other people. */
  sameTitle(title: string, speakers: readonly string[] = []): ExtractedTalk | undefined {
    const seen = new Set<ExtractedTalk>();
    let best: ExtractedTalk | undefined;
    const consider = (t: ExtractedTalk) => {
      if (seen.has(t)) return;
      seen.add(t);
      if (best && this.#order.get(t)! > this.#order.get(best)!) return;
      if (titleSimilarity(t.title!, title) < SAME_TITLE_IN_POST) return;
      if (otherSpeakers(t.speakers, speakers) && patternSiblings(t.title!, title)) return;
      best = t;
    };
    const whole = this.#byTitle.get(normalize(title));
    if (whole) consider(whole);
    for (const key of wordKeys(title)) {
      const bucket = this.#byWord.get(key);
      if (!bucket || bucket.length > CROWDED) continue;
      for (const t of bucket) consider(t);
    }
    return best;
  }

  /** An untitled session with this label and a shared presenter (or no presenter on both). */
  sameSession(label: string, speakers: readonly string[]): ExtractedTalk | undefined {
    const keys = speakers.length ? speakers.map((s) => labelKey(label, s)) : [labelKey(label, '')];
    let best: ExtractedTalk | undefined;
    for (const key of keys) {
      const t = this.#byLabel.get(key)?.[0];
      if (t && (!best || this.#order.get(t)! < this.#order.get(best)!)) best = t;
    }
    return best;
  }

  /** The one titled talk of this kind that all these people present, if there is exactly one. */
  backReference(kind: TalkKind, speakers: readonly string[]): ExtractedTalk | undefined {
    if (!speakers.length) return undefined;
    const found = (this.#byKindSpeaker.get(`${kind}\u0000${speakers[0]}`) ?? []).filter((t) =>
      speakers.every((s) => t.speakers.includes(s)),
    );
    return new Set(found).size === 1 ? found[0] : undefined;
  }
}

function labelKey(label: string, speaker: string): string {
  return `${normalize(label)}\u0000${speaker}`;
}

// Each title is indexed once and looked up once or more: its keys are worked out once.
const keysOf = new Remembered<ReadonlySet<string>>(10_000);

function wordKeys(title: string): ReadonlySet<string> {
  return keysOf.answer(title, wordKeysOnce);
}

function wordKeysOnce(title: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const w of titleTokens(title)) {
    if (STOP_WORDS.has(w)) continue;
    found.add(`^${w.slice(0, 4)}`);
    found.add(`$${w.slice(-4)}`);
  }
  return found;
}
