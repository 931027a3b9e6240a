import { MENTIONED_POSTS, mentionedPosts } from '../query/mentioned-posts.ts';
import { copyWithAccessors, decodePooled, type PooledSpill } from './pooled-codec.ts';

// The store keeps a segment's talks or speakers apart from their mentions: the records with
// the ids of the posts mentioned in place of the mentions, then the mentions. Reading the
// records gives each one accessors that read the whole segment's mentions when one record's
// are first asked for, and then turn back into plain properties. The mentions' bytes were
// checked with the rest of the segment, and are held in memory until then: the segment's
// file may be replaced by another build meanwhile.

type Holder = Record<string | symbol, unknown>;

/** The records of a segment whose mentions have not been read yet, and where they are. */
interface Deferred {
  readonly records: readonly Holder[];
  bytes: Buffer | undefined;
  readonly spill: PooledSpill | undefined;
}

const DEFERRED = Symbol('confnotes.deferredMentions');

function settle(record: Holder, mentions: unknown): void {
  Object.defineProperty(record, 'mentions', {
    value: mentions,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function read(deferred: Deferred): void {
  const { bytes, records } = deferred;
  if (!bytes) return;
  const lists = decodePooled(bytes, { spill: deferred.spill });
  if (!Array.isArray(lists) || lists.length !== records.length)
    throw new Error('The stored mentions do not match their records: delete the cache directory.');
  deferred.bytes = undefined;
  records.forEach((record, k) => {
    // A record given other mentions since keeps them.
    if (record[DEFERRED] !== deferred) return;
    settle(record, lists[k]);
    record[DEFERRED] = undefined;
  });
}

// Shared by every deferred record, as the spill's accessors are. Keys are set to undefined
// rather than deleted, which would slow every later read of the record.
function getMentions(this: Holder): unknown {
  const deferred = this[DEFERRED] as Deferred | undefined;
  if (deferred) read(deferred);
  return this.mentions;
}

function setMentions(this: Holder, mentions: unknown): void {
  // Set before the rest are read: this record's posts are whatever the new mentions say.
  this[DEFERRED] = undefined;
  this[MENTIONED_POSTS] = undefined;
  settle(this, mentions);
}

/**
 * A segment's records to store, each with its mentions' posts in place of its mentions, and
 * the mentions, one list per record.
 */
export function splitMentions(records: readonly object[]): {
  records: object[];
  mentions: unknown[];
} {
  const mentions: unknown[] = [];
  const split = records.map((record) => {
    const r = record as { mentions: { post: string }[] };
    mentions.push(r.mentions);
    return { ...r, mentions: mentionedPosts(r) };
  });
  return { records: split, mentions };
}

const MENTIONS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get: getMentions,
  set: setMentions,
};

/**
 * Gives records read back from `splitMentions` their mentions, read from `bytes` (the
 * mentions' encoding) when first asked for. Each record is replaced in `records` by a copy
 * whose `mentions` is an accessor (see `copyWithAccessors`). False, and the records
 * untouched, when a record does not hold its posts' ids.
 */
export function deferMentions(records: Holder[], bytes: Buffer, spill?: PooledSpill): boolean {
  if (!records.every((r) => Array.isArray(r.mentions))) return false;
  const deferred: Deferred = { records, bytes, spill };
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const copy = copyWithAccessors(record, (k) => (k === 'mentions' ? MENTIONS : undefined));
    Object.defineProperty(copy, MENTIONED_POSTS, {
      value: record.mentions,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(copy, DEFERRED, {
      value: deferred,
      writable: true,
      configurable: true,
    });
    records[i] = copy;
  }
  return true;
}
