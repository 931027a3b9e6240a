import {
  normalize,
  otherSpeakers,
  patternSiblings,
  STOP_WORDS,
  titleSimilarity,
  titleTokens,
  wordOverlap,
} from '../extract/similarity.ts';
import { UsedWords } from '../extract/used-words.ts';
import { UnionFind } from './union-find.ts';

/** One post's report of a talk, as the merge sees it. */
export interface TalkCandidate {
  readonly post: string;
  readonly event: string | null;
  readonly title: string | null;
  readonly label?: string;
  readonly speakerKeys: readonly string[];
}

export const SAME_TITLE = 0.75;
export const NEAR_TITLE = 0.55;

/**
 * Groups candidates that are one talk: same event, and titles alike up to case, punctuation,
 * word forms, a typo or a shortening (or a shared speaker for looser likeness). Titles of as
 * many words from different people must be the same words in the same order but for case, form
 * or a typo: a word swapped or moved makes another talk of the same pattern (`patternSiblings`).
 * Candidates are compared only with those sharing an event and a content word (blocking), so
 * the work grows with the number of near titles, not with the square of all talks.
 */
export function mergeTalks(
  cands: readonly TalkCandidate[],
  forced: readonly (readonly number[])[] = [],
): { groups: number[][]; near: [number, number][] } {
  const uf = new UnionFind(cands.length);
  const near: [number, number][] = [];
  const blocks = new Map<string, number[]>();
  // Each title is tokenized once, not once per comparison: at 10,000 posts a title meets
  // hundreds of others in its blocks.
  const words = cands.map((c) =>
    c.title ? titleTokens(c.title).filter((w) => !STOP_WORDS.has(w)) : [],
  );
  const similarity = tokenSimilarity();
  const numbers = words.map(numbersOf);
  cands.forEach((c, i) => {
    const keys = c.title
      ? words[i]!.filter((w) => w.length > 1)
      : [`label:${normalize(c.label ?? '')}`];
    for (const w of new Set(keys.map((x) => x.slice(0, 4)))) {
      const key = `${c.event ?? ''}\u0000${w}`;
      if (!blocks.has(key)) blocks.set(key, []);
      blocks.get(key)!.push(i);
    }
  });
  const seen = new Set<number>();
  for (const members of blocks.values()) {
    if (members.length > 400) continue; // a word shared by hundreds of titles tells nothing
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        const pair = i * cands.length + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const a = cands[i]!;
        const b = cands[j]!;
        if (a.post === b.post || a.event !== b.event) continue;
        const sharedSpeaker = a.speakerKeys.some((k) => b.speakerKeys.includes(k));
        if (a.title && b.title) {
          // "Scaling Go, part 1" and "part 2": a series, even when one person gave both.
          if (numbersDiffer(numbers[i]!, numbers[j]!)) continue;
          const s = similarity(words[i]!, words[j]!);
          if (s < NEAR_TITLE) continue;
          // Another talk of the same pattern, by other people: neither one talk nor worth a
          // warning that it might be.
          const swapped =
            otherSpeakers(a.speakerKeys, b.speakerKeys) && patternSiblings(a.title, b.title);
          if ((s >= SAME_TITLE && !swapped) || sharedSpeaker) uf.union(i, j);
          else if (!swapped) near.push([i, j]);
        } else if (
          !a.title &&
          !b.title &&
          a.label &&
          b.label &&
          normalize(a.label) === normalize(b.label) &&
          (sharedSpeaker || (!a.speakerKeys.length && !b.speakerKeys.length))
        ) {
          uf.union(i, j);
        }
      }
    }
  }
  for (const group of forced) for (const i of group.slice(1)) uf.union(group[0]!, i);
  return { groups: uf.groups(), near: near.filter(([i, j]) => uf.find(i) !== uf.find(j)) };
}

/**
 * `titleSimilarity` of two titles given their content words (tokens less stop words), with each
 * pair of distinct words compared once: titles of one conference share a small vocabulary, so
 * the same word pairs come up again and again.
 */
export function tokenSimilarity(): (x: readonly string[], y: readonly string[]) => number {
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  };
  const same = new Map<number, boolean>();
  // Two one-word titles are alike exactly when their words are the same word up to form or typo.
  const sameWord = (w: string, v: string) => {
    if (w === v) return true;
    const key = idOf(w) * 0x200000 + idOf(v);
    let result = same.get(key);
    if (result === undefined) {
      result = titleSimilarity(w, v) === 1;
      same.set(key, result);
    }
    return result;
  };
  return (x, y) => {
    if (!x.length || !y.length) return 0;
    if (x.length === y.length && x.every((w, k) => w === y[k])) return 1;
    const used = new UsedWords(y.length);
    let common = 0;
    for (const w of x) {
      for (let k = 0; k < y.length; k++) {
        if (!used.has(k) && sameWord(w, y[k]!)) {
          used.add(k);
          common++;
          break;
        }
      }
    }
    return wordOverlap(common, x.length, y.length);
  };
}

// Numbers as titles write them in a series: digits, the words up to ten, Roman numerals from II
// ("Part I" is too often the pronoun to read as one).
const NUMBER_WORDS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [
    w,
    String(i + 1),
  ]),
);
const ROMAN = new Map(
  ['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((w, i) => [w, String(i + 2)]),
);

/** The numbers among a title's content words, as digits, in order. */
function numbersOf(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const w of words) {
    const n = /^\d+$/.test(w) ? String(Number(w)) : (NUMBER_WORDS.get(w) ?? ROMAN.get(w));
    if (n !== undefined) found.push(n);
  }
  return found;
}

/**
 * Whether two titles number different things: both give numbers, not the same ones. One without
 * a number may still be the other shortened ("Kubernetes 1.2 in production").
 */
function numbersDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && a.join(' ') !== b.join(' ');
}
