import { type InvertedIndexData, type PackedPostings, pack, unpack } from './pack-postings.ts';
import { rankOrder } from './rank-sort.ts';
import { lowerBound, withinDistance } from './term-match.ts';

// A word found only by prefix or by typo counts for less than the word itself.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * Letters a query word needs before it finds the words it begins (`doc` finds `docker`): a word
 * of one or two letters finds only itself, since it would begin much of the vocabulary.
 */
export const MIN_PREFIX_LETTERS = 3;

/** A short prefix could expand to much of the vocabulary; the first this many terms are used. */
const MAX_EXPANSIONS = 64;

export interface Scored {
  readonly doc: number;
  readonly score: number;
  /** The index terms this document matched, for highlighting (empty when not asked for). */
  readonly terms: string[];
}

interface Expansion {
  readonly term: number;
  readonly weight: number;
}

// Shared by every match made without its terms (filtering a list): one array, not one per match.
const NO_TERMS: string[] = [];

/** The `accept` of a query that keeps every document: lets a one-term query stop early. */
export const acceptAll = (_doc: number): boolean => true;

/** A query over an index: the dense scratch arrays are reused from one query to the next. */
export class InvertedIndex {
  readonly packed: PackedPostings;
  private unpacked: InvertedIndexData | undefined;
  /** Per queried term, its postings best first: made on a term's first one-term query. */
  private readonly ranked = new Map<number, Int32Array>();
  private readonly scores: Float64Array;
  private readonly hits: Uint8Array;
  private readonly touched: Int32Array;

  constructor(index: InvertedIndexData | PackedPostings) {
    this.packed = 'starts' in index ? index : pack(index);
    const count = this.packed.documentCount;
    this.scores = new Float64Array(count);
    this.hits = new Uint8Array(count);
    this.touched = new Int32Array(count);
  }

  /** The index as plain data (made on first use: queries read the packed arrays). */
  get data(): InvertedIndexData {
    this.unpacked ??= unpack(this.packed);
    return this.unpacked;
  }

  /** The index terms a query word stands for: itself, words it begins, or near misspellings. */
  private expand(word: string): Expansion[] {
    const { terms } = this.packed;
    const out: Expansion[] = [];
    const first = lowerBound(terms, word);
    const exact = terms[first] === word ? first : undefined;
    if (exact !== undefined) out.push({ term: exact, weight: 1 });
    if (word.length >= MIN_PREFIX_LETTERS) {
      for (let i = first; i < terms.length && out.length < MAX_EXPANSIONS; i++) {
        if (!terms[i]!.startsWith(word)) break;
        if (i !== exact) out.push({ term: i, weight: PREFIX_WEIGHT });
      }
    }
    // Typos are forgiven only when the word itself is not in the index: scanning the vocabulary
    // costs more than the rest of the query, and a word that exists is rarely a typo.
    if (out.length === 0 && word.length >= 5) {
      const max = word.length >= 8 ? 2 : 1;
      for (let i = 0; i < terms.length && out.length < MAX_EXPANSIONS; i++) {
        if (withinDistance(word, terms[i]!, max)) out.push({ term: i, weight: FUZZY_WEIGHT });
      }
    }
    return out;
  }

  /**
   * Every index term the query words stand for, as a search matches them (prefixes, near
   * misspellings): what a text is marked with when a hit's snippet is made from it.
   */
  termsOf(words: readonly string[]): string[] {
    const { terms } = this.packed;
    return words.flatMap((word) => this.expand(word).map(({ term }) => terms[term]!));
  }

  /**
   * The documents matching the query words, best first: all of `offset + limit` best with their
   * matched terms, and how many matched in all. With `every`, a document must match each word.
   */
  query(
    words: readonly string[],
    every: boolean,
    accept: (doc: number) => boolean,
    offset: number,
    limit: number,
    withTerms = true,
  ): { total: number; top: Scored[] } {
    const { scores, hits, touched } = this;
    const { starts, docs, scores: termScores } = this.packed;
    let touchedCount = 0;
    const expansions = words.map((word) => this.expand(word));
    if (expansions.length === 1 && expansions[0]!.length === 1) {
      return this.queryOneTerm(expansions[0]![0]!, accept, offset, limit, withTerms);
    }

    // hits[doc]: with `every`, how many words in a row the document matched (it drops out at the
    // first word it misses); without, 1 once it matched any word.
    for (let w = 0; w < expansions.length; w++) {
      const before = every ? w : 0;
      const after = every ? w + 1 : 1;
      for (const { term, weight } of expansions[w]!) {
        const end = starts[term + 1]!;
        for (let i = starts[term]!; i < end; i++) {
          const doc = docs[i]!;
          const count = hits[doc]!;
          if (count === before) {
            if (count === 0) touched[touchedCount++] = doc;
            hits[doc] = after;
          } else if (count !== after) {
            continue;
          }
          scores[doc]! += termScores[i]! * weight;
        }
      }
    }
    const need = every ? words.length : 1;
    const keep = offset + limit;
    const all = accept === acceptAll;
    let total = 0;
    // The best `keep` documents in two typed arrays, kept sorted by insertion while few are
    // wanted (a page); every match collected and sorted once when many are (filtering a list).
    const few = keep <= 256;
    const size = few ? keep : touchedCount;
    const bestDocs = new Int32Array(size);
    const bestScores = new Float64Array(size);
    let count = 0;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      const score = scores[doc]!;
      const matched = hits[doc]!;
      scores[doc] = 0;
      hits[doc] = 0;
      if (matched < need || (!all && !accept(doc))) continue;
      total++;
      if (!few) {
        bestDocs[count] = doc;
        bestScores[count++] = score;
        continue;
      }
      if (keep === 0) continue;
      // Most documents lose to the current last of the page: one comparison and no allocation.
      if (count === keep) {
        const lastScore = bestScores[keep - 1]!;
        if (score < lastScore || (score === lastScore && doc > bestDocs[keep - 1]!)) continue;
        count--;
      }
      let at = count;
      while (
        at > 0 &&
        (bestScores[at - 1]! < score || (bestScores[at - 1] === score && bestDocs[at - 1]! > doc))
      ) {
        bestDocs[at] = bestDocs[at - 1]!;
        bestScores[at] = bestScores[at - 1]!;
        at--;
      }
      bestDocs[at] = doc;
      bestScores[at] = score;
      count++;
    }
    let order: ArrayLike<number>;
    if (few) {
      order = Int32Array.from({ length: count }, (_, i) => i);
    } else {
      order = rankOrder(bestDocs.subarray(0, count), bestScores.subarray(0, count));
    }
    const top: Scored[] = [];
    for (let k = offset; k < Math.min(count, keep); k++) {
      const doc = bestDocs[order[k]!]!;
      const score = bestScores[order[k]!]!;
      top.push({
        doc,
        score,
        terms: !withTerms
          ? NO_TERMS
          : expansions.flatMap((expansion) =>
              expansion
                .filter(({ term }) => this.contains(term, doc))
                .map(({ term }) => this.packed.terms[term]!),
            ),
      });
    }
    return { total, top };
  }

  /**
   * A query that comes down to one index term (the commonest kind: one word, found as it is):
   * its postings in score order are the ranking, so a page is read off the front of them.
   */
  private queryOneTerm(
    { term, weight }: Expansion,
    accept: (doc: number) => boolean,
    offset: number,
    limit: number,
    withTerms: boolean,
  ): { total: number; top: Scored[] } {
    const from = this.packed.starts[term]!;
    const docs = this.packed.docs.subarray(from, this.packed.starts[term + 1]!);
    const termScores = this.packed.scores.subarray(from, this.packed.starts[term + 1]!);
    const order = this.rankedPostings(term);
    const terms = withTerms ? [this.packed.terms[term]!] : [];
    const top: Scored[] = [];
    const end = offset + limit;
    let total = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const doc = docs[i]!;
      if (accept !== acceptAll && !accept(doc)) continue;
      if (total >= offset && total < end) {
        top.push({ doc, score: termScores[i]! * weight, terms: withTerms ? [...terms] : NO_TERMS });
      }
      total++;
      // Every posting is accepted: the count is known without reading the rest.
      if (accept === acceptAll && total >= end) return { total: order.length, top };
    }
    return { total, top };
  }

  /** A term's postings (positions within its list) best first: made on first use, then kept. */
  private rankedPostings(term: number): Int32Array {
    let order = this.ranked.get(term);
    if (!order) {
      const from = this.packed.starts[term]!;
      const docs = this.packed.docs.subarray(from, this.packed.starts[term + 1]!);
      const termScores = this.packed.scores.subarray(from, this.packed.starts[term + 1]!);
      const made = new Int32Array(docs.length);
      for (let i = 0; i < made.length; i++) made[i] = i;
      // Best score first, then lower document first: the order the general path gives.
      made.sort((a, b) => termScores[b]! - termScores[a]! || docs[a]! - docs[b]!);
      this.ranked.set(term, made);
      order = made;
    }
    return order;
  }

  private contains(term: number, doc: number): boolean {
    const { docs } = this.packed;
    let lo = this.packed.starts[term]!;
    let hi = this.packed.starts[term + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = docs[mid]!;
      if (value === doc) return true;
      if (value < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  toJSON(): InvertedIndexData {
    const { terms, starts, docs, scores } = this.packed;
    return {
      terms: [...terms],
      docs: terms.map((_, t) => {
        const out = new Array<number>(starts[t + 1]! - starts[t]!);
        for (let i = 0, at = starts[t]!; i < out.length; i++, at++) {
          out[i] = i === 0 ? docs[at]! : docs[at]! - docs[at - 1]!;
        }
        return out;
      }),
      scores: terms.map((_, t) => Array.from(scores.subarray(starts[t]!, starts[t + 1]!))),
      documentCount: this.packed.documentCount,
    };
  }

  static fromJSON(data: InvertedIndexData): InvertedIndex {
    const undelta = (docs: number[]) => {
      const out = new Array<number>(docs.length);
      let last = 0;
      docs.forEach((gap, i) => {
        last = i === 0 ? gap : last + gap;
        out[i] = last;
      });
      return out;
    };
    return new InvertedIndex({ ...data, docs: data.docs.map(undelta) });
  }
}
