import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCatalog } from '../query/catalog-index.ts';
import { mentionedPosts } from '../query/mentioned-posts.ts';
import { deferMentions, splitMentions } from './deferred-mentions.ts';
import { agedCorpus } from './fixtures/aged-corpus.ts';
import { loadCatalog } from './load-catalog.ts';
import { decodePooled, encodePooled } from './pooled-codec.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-deferred-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isDeferred = (record: object) =>
  typeof Object.getOwnPropertyDescriptor(record, 'mentions')?.get === 'function';

const mention = (post: string, line: number) => ({
  post,
  line,
  column: 1,
  endLine: line,
  endColumn: 9,
  text: 'Ada Lovelace',
});

/** Records stored as the store stores them, and read back. */
function roundTrip(records: object[]) {
  const { records: split, mentions } = splitMentions(records);
  const read = decodePooled(encodePooled(split)) as Record<string, unknown>[];
  expect(deferMentions(read, encodePooled(mentions))).toBe(true);
  return read;
}

describe('mentions read when first asked for', () => {
  it('reads back records equal to the stored ones, keys in order, mentions read on first use', () => {
    const records = [
      {
        id: 'ada',
        name: 'Ada',
        mentions: [mention('p-1', 3), mention('p-2', 4), mention('p-1', 9)],
        talks: [],
      },
      { id: 'bob', name: 'Bob', mentions: [], talks: ['t'] },
    ];
    const read = roundTrip(records);
    expect(read.every(isDeferred)).toBe(true);
    // The posts are known without reading the mentions.
    expect(mentionedPosts(read[0] as never)).toEqual(['p-1', 'p-2']);
    expect(read.every(isDeferred)).toBe(true);
    expect(JSON.stringify(read)).toBe(JSON.stringify(records));
    // Reading one record's reads the segment's: all are plain properties after.
    expect(read.some(isDeferred)).toBe(false);
    expect(read[0]!.mentions).toBe(read[0]!.mentions);
  });

  it('takes mentions set before they were read, and reads the others as stored', () => {
    const records = [
      { id: 'a', mentions: [mention('p-1', 1)] },
      { id: 'b', mentions: [mention('p-2', 2)] },
    ];
    const read = roundTrip(records);
    const replaced = [mention('p-9', 7)];
    read[0]!.mentions = replaced;
    expect(read[0]!.mentions).toBe(replaced);
    expect(mentionedPosts(read[0] as never)).toEqual(['p-9']);
    expect(read[1]!.mentions).toEqual(records[1]!.mentions);
    expect(read[0]!.mentions).toBe(replaced);
  });

  it('refuses records that do not hold their posts', () => {
    const read = [{ id: 'a', mentions: 3 }];
    expect(deferMentions(read, encodePooled([[]]))).toBe(false);
    expect(read[0]!.mentions).toBe(3);
  });

  it('gives a stored catalog whose relations are made without reading any mentions', async () => {
    const dir = join(root, 'corpus');
    agedCorpus(dir, { posts: 60, seed: 11 });
    const cacheDir = join(root, 'cache');
    const fresh = (await loadCatalog(dir, { cacheDir: false, workers: 1 })).catalog;
    await loadCatalog(dir, { cacheDir, workers: 1 });
    const stored = (await loadCatalog(dir, { cacheDir, workers: 1 })).catalog;
    const records = [...stored.talks, ...stored.speakers];
    expect(records.length).toBeGreaterThan(10);
    expect(records.every(isDeferred)).toBe(true);
    const ids = (map: ReadonlyMap<string, readonly { id: string }[]>) =>
      [...map].map(([key, list]) => [key, list.map((r) => r.id)]);
    const [a, b] = [indexCatalog(fresh), indexCatalog(stored)];
    for (const relation of [
      'postsByTalk',
      'talksByPost',
      'postsBySpeaker',
      'speakersByPost',
    ] as const)
      expect(ids(b[relation]), relation).toEqual(ids(a[relation]));
    expect(records.every(isDeferred)).toBe(true);
    expect(stored.talks[0]!.mentions).toEqual(fresh.talks[0]!.mentions);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(fresh));
  });
});
