// The index behind `createSearchIndex`. MiniSearch (the usual choice) scores every matching
// document on every query: about 2.5 µs a document, so a common word over 10,000 posts took
// 20-30 ms. Here each (term, document) score is computed once when the index is built (BM25F over
// title, keywords and text), so a query only adds precomputed numbers into a dense array and
// keeps the best k: about a millisecond for a word found in every post. Postings live in flat
// typed arrays, so the build makes no object per word and the index is written and read as bytes.
import { rankOrder } from './rank-sort.ts';
import { TermTable } from './term-table.ts';
import { isAscii, normalizeTerm, tokenize } from './tokenize.ts';

/** Fields indexed, and how much a match in each counts. */
export const FIELD_BOOSTS = { title: 3, keywords: 2, text: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

// BM25 constants: term-frequency saturation and length normalisation (the usual values).
const K1 = 1.2;
const B = 0.75;
// A word found only by prefix or by typo counts for less than the word itself.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A short prefix could expand to much of the vocabulary; the first this many terms are used. */
const MAX_EXPANSIONS = 64;

// Words so common in English prose that matching them ranks nothing; a query made only of them
// matches nothing rather than every record.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);

/** Splits and folds a text into index terms, stop words removed. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

const ASCII_WORD = /[a-z0-9]+/g;

// The index build calls this for every word of every record: an ASCII text (most of them) is
// lowered once and split on [a-z0-9], which is what the Unicode split and per-word fold give for
// ASCII, without a string per word for the fold.
function forEachTerm(text: string, visit: (term: string) => void): void {
  if (isAscii(text)) {
    const lower = text.toLowerCase();
    ASCII_WORD.lastIndex = 0;
    for (let match = ASCII_WORD.exec(lower); match !== null; match = ASCII_WORD.exec(lower)) {
      const term = match[0];
      if (!STOP_WORDS.has(term)) visit(term);
    }
    return;
  }
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (!STOP_WORDS.has(term)) visit(term);
  }
}

/** The index as plain data: what `toJSON` writes and `fromJSON` reads. */
export interface InvertedIndexData {
  /** Sorted, so prefixes are a range found by binary search. */
  readonly terms: string[];
  /** Per term, the documents containing it: ascending indexes, delta-encoded in JSON. */
  readonly docs: number[][];
  /** Per term, its precomputed score in each of those documents. */
  readonly scores: number[][];
  readonly documentCount: number;
}

/**
 * The index in flat typed arrays, as queries read it: the postings of term `t` are
 * `docs[starts[t]]` to `docs[starts[t + 1] - 1]`, ascending, with their scores beside them.
 */
export interface PackedPostings {
  /** Sorted, so prefixes are a range found by binary search. */
  readonly terms: readonly string[];
  readonly starts: Int32Array;
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  readonly documentCount: number;
}

export interface Scored {
  readonly doc: number;
  readonly score: number;
  /** The index terms this document matched, for highlighting (empty when not asked for). */
  readonly terms: string[];
}

/** A typed array that doubles when full: the build appends millions of numbers. */
class Growable<T extends Int32Array | Float64Array> {
  array: T;
  length = 0;
  constructor(array: T) {
    this.array = array;
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const next = new (this.array.constructor as new (n: number) => T)(this.array.length * 2);
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = value;
  }
}

/**
 * Builds the term → (document, score) lists of a set of documents, in time linear in their words:
 * each word is looked up once, counts go to typed arrays, and postings are grouped by a counting
 * sort rather than by a list per term.
 * @example packPostings([{ title: 'Docker', keywords: '', text: 'ship it' }]).terms // ['docker', 'ship']
 */
export function packPostings(
  documents: readonly Readonly<Record<Field, string>>[],
): PackedPostings {
  const table = new TermTable(STOP_WORDS);
  // Per (document, field): the distinct term ids and their counts, in first-seen order.
  const pairTerms = new Growable(new Int32Array(1 << 16));
  const pairCounts = new Growable(new Int32Array(1 << 16));
  const segmentEnds = new Int32Array(documents.length * FIELDS.length);
  const lengths = new Int32Array(documents.length * FIELDS.length);
  const totals = FIELDS.map(() => 0);
  let slot = new Int32Array(1024).fill(-1);
  let stamp = new Int32Array(1024).fill(-1);
  let segment = 0;
  let length = 0;
  const count = (id: number) => {
    length++;
    if (id >= slot.length) {
      const grownSlot = new Int32Array(id * 2).fill(-1);
      grownSlot.set(slot);
      slot = grownSlot;
      const grownStamp = new Int32Array(id * 2).fill(-1);
      grownStamp.set(stamp);
      stamp = grownStamp;
    }
    if (stamp[id] === segment) {
      pairCounts.array[slot[id]!]!++;
    } else {
      stamp[id] = segment;
      slot[id] = pairTerms.length;
      pairTerms.push(id);
      pairCounts.push(1);
    }
  };
  const countTerm = (term: string) => count(table.idOf(term));
  for (let doc = 0; doc < documents.length; doc++) {
    const document = documents[doc]!;
    for (let f = 0; f < FIELDS.length; f++) {
      segment = doc * FIELDS.length + f;
      length = 0;
      const text = document[FIELDS[f]!];
      if (isAscii(text)) table.asciiIds(text, count);
      else forEachTerm(text, countTerm);
      lengths[segment] = length;
      totals[f]! += length;
      segmentEnds[segment] = pairTerms.length;
    }
  }
  const vocabulary = table.terms;
  const n = documents.length;
  const averages = totals.map((total) => Math.max(1, total / Math.max(1, n)));

  // Each document's weight per term, summed over its fields in field order (as BM25F adds them).
  stamp.fill(-1);
  const weight = new Float64Array(vocabulary.length);
  const postingTerms = new Growable(new Int32Array(1 << 16));
  const postingDocs = new Growable(new Int32Array(1 << 16));
  const postingWeights = new Growable(new Float64Array(1 << 16));
  const seen: number[] = [];
  let pair = 0;
  for (let doc = 0; doc < n; doc++) {
    seen.length = 0;
    for (let f = 0; f < FIELDS.length; f++) {
      const segment = doc * FIELDS.length + f;
      const norm = 1 - B + (B * lengths[segment]!) / averages[f]!;
      const boost = FIELD_BOOSTS[FIELDS[f]!];
      for (const end = segmentEnds[segment]!; pair < end; pair++) {
        const id = pairTerms.array[pair]!;
        const tf = pairCounts.array[pair]!;
        const add = (boost * (tf * (K1 + 1))) / (tf + K1 * norm);
        if (stamp[id] === doc) {
          weight[id]! += add;
        } else {
          stamp[id] = doc;
          weight[id] = 0 + add;
          seen.push(id);
        }
      }
    }
    for (const id of seen) {
      postingTerms.push(id);
      postingDocs.push(doc);
      postingWeights.push(weight[id]!);
    }
  }

  // Group the postings by term in sorted term order; documents stay ascending within a term.
  // Stop words have ids but no postings: they are left out here.
  const counts = new Int32Array(vocabulary.length);
  for (let p = 0; p < postingTerms.length; p++) counts[postingTerms.array[p]!]!++;
  const order: number[] = [];
  for (let id = 0; id < vocabulary.length; id++) if (counts[id]! > 0) order.push(id);
  order.sort((a, b) => compareTerms(vocabulary[a]!, vocabulary[b]!));
  const rank = new Int32Array(vocabulary.length);
  order.forEach((id, r) => {
    rank[id] = r;
  });
  const starts = new Int32Array(order.length + 1);
  order.forEach((id, r) => {
    starts[r + 1] = starts[r]! + counts[id]!;
  });
  const fill = starts.slice(0, order.length);
  const docs = new Int32Array(postingTerms.length);
  const scores = new Float64Array(postingTerms.length);
  for (let p = 0; p < postingTerms.length; p++) {
    const r = rank[postingTerms.array[p]!]!;
    const at = fill[r]!++;
    docs[at] = postingDocs.array[p]!;
    scores[at] = postingWeights.array[p]!;
  }
  for (let r = 0; r < order.length; r++) {
    const count = starts[r + 1]! - starts[r]!;
    const idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
    for (let at = starts[r]!; at < starts[r + 1]!; at++) {
      scores[at] = Math.round(scores[at]! * idf * 1e4) / 1e4;
    }
  }
  return { terms: order.map((id) => vocabulary[id]!), starts, docs, scores, documentCount: n };
}

// The order `Array.prototype.sort` gives strings (UTF-16 code units), which prefix search relies on.
const compareTerms = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the term → (document, score) lists of a set of documents, as plain data.
 * @example buildInvertedIndex([{ title: 'Docker', keywords: '', text: 'ship it' }]).terms // ['docker', 'ship']
 */
export function buildInvertedIndex(
  documents: readonly Readonly<Record<Field, string>>[],
): InvertedIndexData {
  return unpack(packPostings(documents));
}

function unpack(packed: PackedPostings): InvertedIndexData {
  const { terms, starts, docs, scores } = packed;
  return {
    terms: [...terms],
    docs: terms.map((_, t) => Array.from(docs.subarray(starts[t]!, starts[t + 1]!))),
    scores: terms.map((_, t) => Array.from(scores.subarray(starts[t]!, starts[t + 1]!))),
    documentCount: packed.documentCount,
  };
}

function pack(data: InvertedIndexData): PackedPostings {
  const starts = new Int32Array(data.terms.length + 1);
  data.docs.forEach((list, t) => {
    starts[t + 1] = starts[t]! + list.length;
  });
  const docs = new Int32Array(starts[data.terms.length]!);
  const scores = new Float64Array(docs.length);
  data.docs.forEach((list, t) => {
    docs.set(list, starts[t]!);
  });
  data.scores.forEach((list, t) => {
    scores.set(list, starts[t]!);
  });
  return { terms: data.terms, starts, docs, scores, documentCount: data.documentCount };
}

function lowerBound(terms: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Two rows of the edit-distance table, reused across calls: the typo scan runs over the whole
// vocabulary, and allocating per term would cost more than the comparisons.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Whether the Levenshtein distance of `a` and `b` is at most `max`, giving up early. */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]! <= max;
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
    if (word.length >= 3) {
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
