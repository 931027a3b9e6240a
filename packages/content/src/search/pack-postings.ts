// The postings of the index: for each term, the documents holding it and a score per document,
// computed once at build time (BM25F over title, keywords and text).
import { forEachTerm, STOP_WORDS } from './index-terms.ts';
import { TermTable } from './term-table.ts';
import { isAscii } from './tokenize.ts';

/** Fields indexed, and how much a match in each counts. */
export const FIELD_BOOSTS = { title: 3, keywords: 2, text: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

// BM25 constants: term-frequency saturation and length normalisation (the usual values).
const K1 = 1.2;
const B = 0.75;
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

/** The packed postings as plain data, one list per term. */
export function unpack(packed: PackedPostings): InvertedIndexData {
  const { terms, starts, docs, scores } = packed;
  return {
    terms: [...terms],
    docs: terms.map((_, t) => Array.from(docs.subarray(starts[t]!, starts[t + 1]!))),
    scores: terms.map((_, t) => Array.from(scores.subarray(starts[t]!, starts[t + 1]!))),
    documentCount: packed.documentCount,
  };
}

/** Plain data packed into flat typed arrays, as queries read it. */
export function pack(data: InvertedIndexData): PackedPostings {
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
