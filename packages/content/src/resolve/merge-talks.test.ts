import { describe, expect, it } from 'vitest';
import { STOP_WORDS, titleSimilarity, titleTokens } from '../extract/similarity.ts';
import { mergeTalks, type TalkCandidate, tokenSimilarity } from './merge-talks.ts';

const titles = [
  'The Missing Piece: when Docker networking unleashing soft architecture 2.0',
  'The missing piece when docker networking and services finally unleashes software architecture 2.0',
  'Understanding Docker Security',
  'Understanding Dockr security',
  'Docker security',
  'Scaling monoliths with Kubernetes',
  'Scaling monolith with Kubernetes',
  'Scaling pipelines with Kubernetes',
  'Kubernetes in production: lessons from Rust',
  'Kubernetes in production, lessons from Rust!',
  'Profiling Postgres at 196 requests a second',
  'Profiling Postgres at 916 requests a second',
  'Why we moved from Kafka to Redis',
  'Why we moved from Redis to Kafka',
  'Café résumé: naïve façades',
  'Cafe resume naive facades',
  'Keynote',
  'Keynotes',
  'A year of eBPF and caches',
  'The the and of',
];

const words = (t: string) => titleTokens(t).filter((w) => !STOP_WORDS.has(w));

describe('tokenSimilarity', () => {
  it('scores every pair of titles exactly as titleSimilarity does', () => {
    const similarity = tokenSimilarity();
    for (const a of titles) {
      for (const b of titles) {
        expect(similarity(words(a), words(b)), `${a} / ${b}`).toBe(titleSimilarity(a, b));
      }
    }
  });
});

describe('mergeTalks', () => {
  const cand = (post: string, title: string, speakerKeys: string[] = []): TalkCandidate => ({
    post,
    event: 'ev',
    title,
    speakerKeys,
  });

  it('merges a typo and a word form across posts, keeps distinct talks apart, notes near ones', () => {
    const cands = [
      cand('p1', 'Understanding Docker Security'),
      cand('p2', 'Understanding Dockr security'),
      cand('p3', 'Scaling monoliths with Kubernetes'),
      cand('p4', 'Scaling monolith with Kubernetes'),
      cand('p5', 'Scaling pipelines with Kubernetes'),
      cand('p6', 'Why we moved from Kafka to Redis'),
    ];
    const { groups, near } = mergeTalks(cands);
    const sorted = groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
    expect(sorted).toEqual([[0, 1], [2, 3], [4], [5]]);
    expect(near.map(([i, j]) => [Math.min(i, j), Math.max(i, j)]).sort()).toEqual([
      [2, 4],
      [3, 4],
    ]);
  });

  it('keeps the talks of a series apart, even when one person gave them all', () => {
    const cands = [
      cand('p1', 'Scaling Go, part 1', ['jane doe']),
      cand('p2', 'Scaling Go, part 2', ['jane doe']),
      cand('p3', 'Scaling Go - Part Two', ['jane doe']),
      cand('p4', 'Scaling Go, part II', ['jane doe']),
      cand('p5', 'Scaling Go part 01', ['jane doe']),
      cand('p6', 'Talk number 1 of Jane', ['jane doe']),
      cand('p7', 'Talk number 25 of Jane', ['jane doe']),
    ];
    const { groups } = mergeTalks(cands);
    const sorted = groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
    expect(sorted).toEqual([[0, 4], [1, 2, 3], [5], [6]]);
  });

  it('keeps apart titles of one pattern given by different people, one word swapped, unwarned', () => {
    const cands = [
      cand('p1', 'Flink in production: lessons from Kafka', ['ada lovelace']),
      cand('p2', 'Flink in production: lessons from Redis', ['grace hopper']),
      cand('p3', 'Ceph in production: lessons from Redis', ['linus torvalds']),
      // The same talk, told with a typo, or by a post that names its speaker by first name.
      cand('p4', 'Flink in production: lessons from Kafak', ['ada']),
      cand('p5', 'Flink in production - lessons from Kafka', ['Ada Lovelace']),
      // A word swapped, but no one named on one side: as alike as before.
      cand('p6', 'Ceph in production: lessons from Nix'),
      // A shortening by someone else is still the talk: a name is the likelier mistake.
      cand('p7', 'Lessons from Kafka', ['flink in production']),
    ];
    const { groups, near } = mergeTalks(cands);
    const sorted = groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
    expect(sorted).toEqual([[0, 3, 4, 6], [1], [2, 5]]);
    // Nor are they worth a warning that they might be one talk.
    expect(near).toEqual([]);
  });

  it('keeps apart titles with their words in another order when other people gave them', () => {
    const { groups } = mergeTalks([
      cand('p1', 'Why we moved from Kafka to Redis', ['ada lovelace']),
      cand('p2', 'Why we moved from Redis to Kafka', ['grace hopper']),
      cand('p3', 'Why we moved from Kafka to Reddis', ['ada']),
      cand('p4', 'Why we moved from Kafka to Redis', ['linus torvalds']),
    ]);
    const sorted = groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
    // A typo is the same title whoever gave it; the same title twice is one talk.
    expect(sorted).toEqual([[0, 2, 3], [1]]);
  });
});
