// The binary form of a search index: the packed postings as they sit in memory, the records'
// types, ids, titles, languages and contexts, and their texts as one UTF-8 block cut per record on demand. A server
// loads it in milliseconds where building the index from a large catalog takes seconds.
import type { PackedPostings } from './pack-postings.ts';
import type { SearchHitType } from './search-hit.ts';

/** What a hit shows of each record, kept beside the index. */
export interface StoredDocument {
  readonly type: SearchHitType;
  readonly id: string;
  readonly title: string;
  /** The text snippets are cut from; may be shorter than the indexed text. */
  readonly text: string;
  /** The record's language, when its post names one. */
  readonly lang?: string;
  /** What sets the record apart from others of its title, when it has something. */
  readonly context?: string;
}

const MAGIC = 0x49534e43; // 'CNSI', little-endian
// Bumped whenever the terms a text gives change (as when C++ became a term of its own): an index
// of other terms would be read without error and find the wrong records.
const VERSION = 4;
const HEADER = 32;
const TYPES: readonly SearchHitType[] = ['post', 'talk', 'speaker'];

const align = (n: number) => (n + 7) & ~7;

/**
 * Writes an index and its records as bytes, for `indexFromBytes`.
 * @example const bytes = indexToBytes(packed, documents);
 */
export function indexToBytes(
  packed: PackedPostings,
  documents: readonly StoredDocument[],
): Uint8Array {
  const encoder = new TextEncoder();
  const terms = encoder.encode(packed.terms.join('\n'));
  const meta = encoder.encode(
    JSON.stringify({
      ids: documents.map((doc) => doc.id),
      titles: documents.map((doc) => doc.title),
      // One per record, null without; absent in indexes written before records had one.
      langs: documents.map((doc) => doc.lang ?? null),
      // The same, for indexes written before records had one.
      contexts: documents.map((doc) => doc.context ?? null),
    }),
  );
  const texts = documents.map((doc) => encoder.encode(doc.text));
  const textBytes = texts.reduce((sum, text) => sum + text.byteLength, 0);
  const termCount = packed.terms.length;
  const postings = packed.docs.length;
  const count = documents.length;
  const sizes = [
    (termCount + 1) * 4,
    postings * 4,
    postings * 8,
    (count + 1) * 8,
    count,
    terms.byteLength,
    meta.byteLength,
    textBytes,
  ];
  const offsets: number[] = [];
  let at = HEADER;
  for (const size of sizes) {
    offsets.push(at);
    at = align(at + size);
  }
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  [
    MAGIC,
    VERSION,
    termCount,
    postings,
    count,
    terms.byteLength,
    meta.byteLength,
    textBytes,
  ].forEach((value, i) => {
    view.setUint32(i * 4, value, true);
  });
  new Int32Array(out.buffer, offsets[0], termCount + 1).set(packed.starts);
  new Int32Array(out.buffer, offsets[1], postings).set(packed.docs);
  new Float64Array(out.buffer, offsets[2], postings).set(packed.scores);
  const textOffsets = new Float64Array(out.buffer, offsets[3], count + 1);
  const types = new Uint8Array(out.buffer, offsets[4], count);
  documents.forEach((doc, i) => {
    types[i] = TYPES.indexOf(doc.type);
  });
  out.set(terms, offsets[5]);
  out.set(meta, offsets[6]);
  let textAt = 0;
  texts.forEach((text, i) => {
    textOffsets[i] = textAt;
    out.set(text, offsets[7]! + textAt);
    textAt += text.byteLength;
  });
  textOffsets[count] = textAt;
  return out;
}

/** Whether bytes start as an index written by `indexToBytes`. */
export function isIndexBytes(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= HEADER &&
    new DataView(bytes.buffer, bytes.byteOffset, HEADER).getUint32(0, true) === MAGIC
  );
}

/**
 * Reads what `indexToBytes` wrote, without copying the postings; each record's text is decoded
 * when a hit first shows it.
 * @example const { packed, documents } = indexFromBytes(await readFile('search.bin'));
 */
export function indexFromBytes(input: Uint8Array): {
  packed: PackedPostings;
  documents: StoredDocument[];
} {
  if (!isIndexBytes(input)) {
    throw new Error('These bytes are not a confnotes search index. Write one with toBytes().');
  }
  // Typed array views need aligned offsets: a slice of a larger buffer may not be.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER);
  const [, version, termCount, postings, count, termBytes, metaBytes, textBytes] = Array.from(
    { length: 8 },
    (_, i) => header.getUint32(i * 4, true),
  ) as number[];
  if (version !== VERSION) {
    throw new Error(
      `This search index is version ${version}; this reader needs version ${VERSION}. Write it again with toBytes().`,
    );
  }
  const sizes = [
    (termCount! + 1) * 4,
    postings! * 4,
    postings! * 8,
    (count! + 1) * 8,
    count!,
    termBytes!,
    metaBytes!,
    textBytes!,
  ];
  const offsets: number[] = [];
  let at = bytes.byteOffset + HEADER;
  for (const size of sizes) {
    offsets.push(at);
    at = align(at + size);
  }
  // The views below are made on the whole buffer: a short input would have them read past its
  // end (into whatever else the buffer holds) or fail on a length with no word of why.
  const end = offsets[7]! + textBytes!;
  if (end > bytes.byteOffset + bytes.byteLength) {
    throw new Error(
      `This search index is cut short: ${bytes.byteLength} bytes of the ${end - bytes.byteOffset} it needs. Read the whole file, or write it again with toBytes().`,
    );
  }
  const { buffer } = bytes;
  const decoder = new TextDecoder();
  const termText = decoder.decode(new Uint8Array(buffer, offsets[5], termBytes));
  const terms = termCount === 0 ? [] : termText.split('\n');
  const meta = JSON.parse(decoder.decode(new Uint8Array(buffer, offsets[6], metaBytes))) as {
    ids: string[];
    titles: string[];
    langs?: (string | null)[];
    contexts?: (string | null)[];
  };
  const textOffsets = new Float64Array(buffer, offsets[3], count! + 1);
  const types = new Uint8Array(buffer, offsets[4], count);
  const texts = new Uint8Array(buffer, offsets[7], textBytes);
  // Decoded on every read, not kept: a long-running server would otherwise end up holding every
  // text as a string beside its bytes.
  const documents = meta.ids.map((id, i): StoredDocument => {
    const lang = meta.langs?.[i];
    const context = meta.contexts?.[i];
    return {
      type: TYPES[types[i]!]!,
      id,
      title: meta.titles[i]!,
      ...(lang ? { lang } : {}),
      ...(context ? { context } : {}),
      get text() {
        return decoder.decode(texts.subarray(textOffsets[i]!, textOffsets[i + 1]!));
      },
    };
  });
  return {
    packed: {
      terms,
      starts: new Int32Array(buffer, offsets[0], termCount! + 1),
      docs: new Int32Array(buffer, offsets[1], postings),
      scores: new Float64Array(buffer, offsets[2], postings),
      documentCount: count!,
    },
    documents,
  };
}
