// The index behind `createSearchIndex`. MiniSearch (the usual choice) scores every matching
// document on every query: about 2.5 µs a document, so a common word over 10,000 posts took
// 20-30 ms. Here each (term, document) score is computed once when the index is built (BM25F over
// title, keywords and text), so a query only adds precomputed numbers into a dense array and
// keeps the best k: about a millisecond for a word found in every post. The index is plain arrays,
// so it serialises to JSON as it is.
import { normalizeTerm, tokenize } from './tokenize.ts';

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
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (!STOP_WORDS.has(term)) terms.push(term);
  }
  return terms;
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

export interface Scored {
  readonly doc: number;
  readonly score: number;
  /** The index terms this document matched, for highlighting (empty when not asked for). */
  readonly terms: string[];
}

/**
 * Builds the term → (document, score) lists of a set of documents.
 * @example buildInvertedIndex([{ title: 'Docker', keywords: '', text: 'ship it' }]).terms // ['docker', 'ship']
 */
export function buildInvertedIndex(
  documents: readonly Readonly<Record<Field, string>>[],
): InvertedIndexData {
  const frequencies: Map<string, number>[][] = [];
  const lengths: number[][] = [];
  const totals = FIELDS.map(() => 0);
  for (const document of documents) {
    const perField = FIELDS.map((field, f) => {
      const counts = new Map<string, number>();
      const terms = indexTerms(document[field]);
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      totals[f]! += terms.length;
      return { counts, length: terms.length };
    });
    frequencies.push(perField.map((p) => p.counts));
    lengths.push(perField.map((p) => p.length));
  }
  const averages = totals.map((total) => Math.max(1, total / Math.max(1, documents.length)));
  const postings = new Map<string, { docs: number[]; raw: number[] }>();
  frequencies.forEach((fields, doc) => {
    const seen = new Map<string, number>();
    fields.forEach((counts, f) => {
      const norm = 1 - B + (B * lengths[doc]![f]!) / averages[f]!;
      const boost = FIELD_BOOSTS[FIELDS[f]!];
      for (const [term, tf] of counts) {
        seen.set(term, (seen.get(term) ?? 0) + (boost * (tf * (K1 + 1))) / (tf + K1 * norm));
      }
    });
    for (const [term, weight] of seen) {
      let posting = postings.get(term);
      if (!posting) {
        posting = { docs: [], raw: [] };
        postings.set(term, posting);
      }
      posting.docs.push(doc);
      posting.raw.push(weight);
    }
  });
  const terms = [...postings.keys()].sort();
  const n = documents.length;
  return {
    terms,
    docs: terms.map((term) => postings.get(term)!.docs),
    scores: terms.map((term) => {
      const { docs, raw } = postings.get(term)!;
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      return raw.map((weight) => Math.round(weight * idf * 1e4) / 1e4);
    }),
    documentCount: n,
  };
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

/** The `accept` of a query that keeps every document: lets a one-term query stop early. */
export const acceptAll = (_doc: number): boolean => true;

/** A query over an index: the dense scratch arrays are reused from one query to the next. */
export class InvertedIndex {
  readonly data: InvertedIndexData;
  private readonly lookup: Map<string, number>;
  /** Per queried term, its postings best first: made on a term's first one-term query. */
  private readonly ranked = new Map<number, Int32Array>();
  private readonly scores: Float64Array;
  private readonly hits: Uint8Array;
  private readonly touched: Int32Array;

  constructor(data: InvertedIndexData) {
    this.data = data;
    this.lookup = new Map(data.terms.map((term, i) => [term, i]));
    this.scores = new Float64Array(data.documentCount);
    this.hits = new Uint8Array(data.documentCount);
    this.touched = new Int32Array(data.documentCount);
  }

  /** The index terms a query word stands for: itself, words it begins, or near misspellings. */
  private expand(word: string): Expansion[] {
    const { terms } = this.data;
    const out: Expansion[] = [];
    const exact = this.lookup.get(word);
    if (exact !== undefined) out.push({ term: exact, weight: 1 });
    if (word.length >= 3) {
      for (let i = lowerBound(terms, word); i < terms.length && out.length < MAX_EXPANSIONS; i++) {
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
    let touchedCount = 0;
    const expansions = words.map((word) => this.expand(word));
    if (expansions.length === 1 && expansions[0]!.length === 1) {
      return this.queryOneTerm(expansions[0]![0]!, accept, offset, limit, withTerms);
    }
    // hits[doc]: with `every`, how many words in a row the document matched (it drops out at the
    // first word it misses); without, 1 once it matched any word.
    expansions.forEach((expansion, w) => {
      const before = every ? w : 0;
      const after = every ? w + 1 : 1;
      for (const { term, weight } of expansion) {
        const docs = this.data.docs[term]!;
        const termScores = this.data.scores[term]!;
        for (let i = 0; i < docs.length; i++) {
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
    });
    const need = every ? words.length : 1;
    const keep = offset + limit;
    let total = 0;
    // The best `keep` documents, kept sorted by insertion while few are wanted (a page); all of
    // them sorted once when many are (filtering a list by text).
    const few = keep <= 256;
    const best: { doc: number; score: number }[] = [];
    const before = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
      b.score - a.score || a.doc - b.doc;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      const score = scores[doc]!;
      const matched = hits[doc]!;
      scores[doc] = 0;
      hits[doc] = 0;
      if (matched < need || !accept(doc)) continue;
      total++;
      if (!few) {
        best.push({ doc, score });
        continue;
      }
      if (keep === 0) continue;
      // Most documents lose to the current last of the page: compare before allocating anything.
      const last = best.length === keep ? best[keep - 1]! : undefined;
      if (last && (score < last.score || (score === last.score && doc > last.doc))) continue;
      const entry = { doc, score };
      let at = best.length;
      while (at > 0 && before(best[at - 1]!, entry) > 0) at--;
      best.splice(at, 0, entry);
      if (best.length > keep) best.pop();
    }
    if (!few) best.sort(before);
    best.length = Math.min(best.length, keep);
    const top = best.slice(offset).map(({ doc, score }) => ({
      doc,
      score,
      terms: !withTerms
        ? []
        : expansions.flatMap((expansion) =>
            expansion
              .filter(({ term }) => this.contains(term, doc))
              .map(({ term }) => this.data.terms[term]!),
          ),
    }));
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
    const docs = this.data.docs[term]!;
    const termScores = this.data.scores[term]!;
    let order = this.ranked.get(term);
    if (!order) {
      order = Int32Array.from(docs.keys());
      // Best score first, then lower document first: the order the general path gives.
      order.sort((a, b) => termScores[b]! - termScores[a]! || docs[a]! - docs[b]!);
      this.ranked.set(term, order);
    }
    const terms = withTerms ? [this.data.terms[term]!] : [];
    const top: Scored[] = [];
    const end = offset + limit;
    let total = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const doc = docs[i]!;
      if (accept !== acceptAll && !accept(doc)) continue;
      if (total >= offset && total < end) {
        top.push({ doc, score: termScores[i]! * weight, terms: [...terms] });
      }
      total++;
      // Every posting is accepted: the count is known without reading the rest.
      if (accept === acceptAll && total >= end) return { total: order.length, top };
    }
    return { total, top };
  }

  private contains(term: number, doc: number): boolean {
    const docs = this.data.docs[term]!;
    let lo = 0;
    let hi = docs.length - 1;
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
    const delta = (docs: number[]) => docs.map((doc, i) => (i === 0 ? doc : doc - docs[i - 1]!));
    return { ...this.data, docs: this.data.docs.map(delta) };
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
