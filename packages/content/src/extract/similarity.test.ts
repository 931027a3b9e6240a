import { describe, expect, it } from 'vitest';
import {
  editDistance,
  normalize,
  otherSpeakers,
  patternSiblings,
  sameName,
  sameNameNormalized,
  titleSimilarity,
} from './similarity.ts';

/** The textbook table, unbounded. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('gives the distance up to the bound, and more than the bound past it', () => {
    const words = ['', 'a', 'ab', 'ba', 'abc', 'kitten', 'sitting', 'mitten', 'kitchen', 'sittin'];
    for (const a of words)
      for (const b of words)
        for (const max of [1, 2, 3]) {
          const d = levenshtein(a, b);
          const got = editDistance(a, b, max);
          if (d <= max) expect(got, `${a}/${b}/${max}`).toBe(d);
          else expect(got, `${a}/${b}/${max}`).toBeGreaterThan(max);
        }
  });

  it('compares strings longer than any before', () => {
    const a = 'x'.repeat(300);
    expect(editDistance(a, `${a}y`, 2)).toBe(1);
    expect(editDistance(`${a}yz`, a, 3)).toBe(2);
  });
});

describe('similar names and titles', () => {
  it('allows a small typo in a long name with the same number of words', () => {
    expect(sameName('Jessie Frazelle', 'Jessie Frazele')).toBe(true);
    expect(sameName('Jessie Frazelle', 'JessieFrazelle')).toBe(false);
  });

  it('answers as sameName when given the second name normalized', () => {
    for (const [a, b] of [
      ['Jessie Frazelle', 'Jessie Frazele'],
      ['Jessie Frazelle', 'JessieFrazelle'],
      ['José Núñez', 'jose nunez'],
      ['Ann Lee', 'Bob Ray'],
    ] as const)
      expect(sameNameNormalized(a, normalize(b))).toBe(sameName(a, b));
  });

  it('matches one-letter typos in words of five letters or more', () => {
    expect(titleSimilarity('Kubernetes networking', 'Kubernetes netwrking')).toBe(1);
    expect(titleSimilarity('Kubernetes networking', 'Kubernetes netwroking')).toBeLessThan(0.5);
  });
});

describe('otherSpeakers', () => {
  it('tells different people from one person named another way', () => {
    expect(otherSpeakers(['Ada Lovelace'], ['Grace Hopper'])).toBe(true);
    expect(otherSpeakers(['Ada Lovelace', 'Grace Hopper'], ['grace hopper'])).toBe(false);
    expect(otherSpeakers(['Solomon Hykes'], ['Solomon'])).toBe(false);
    expect(otherSpeakers(['Hykes'], ['Solomon Hykes'])).toBe(false);
    expect(otherSpeakers(['Margaret Hamilton'], ['Margaret Hamiltn'])).toBe(false);
    expect(otherSpeakers(['Ada Lovelace'], ['Ada Hopper'])).toBe(true);
    expect(otherSpeakers(['Hykes Solomon'], ['Solomon Hykes'])).toBe(false);
    expect(otherSpeakers(['J. Doe'], ['Jane Doe'])).toBe(false);
    expect(otherSpeakers(['Jane Doe'], ['John Doe'])).toBe(true);
    expect(otherSpeakers(['J. Doe'], ['Kim Doe'])).toBe(true);
    // No one named on a side: nothing tells the talks apart.
    expect(otherSpeakers([], ['Grace Hopper'])).toBe(false);
  });
});

describe('patternSiblings', () => {
  it('tells a title with a word swapped or moved from the same title told another way', () => {
    expect(
      patternSiblings(
        'Flink in production: lessons from Kafka',
        'Ceph in production: lessons from Kafka',
      ),
    ).toBe(true);
    expect(
      patternSiblings('Why we moved from Kafka to Redis', 'Why we moved from Redis to Kafka'),
    ).toBe(true);
    expect(
      patternSiblings('Why we moved from Kafka to Redis', 'why we moved from kafka to reddis!'),
    ).toBe(false);
    expect(patternSiblings('Lessons from Kafka', 'Flink in production: lessons from Kafka')).toBe(
      false,
    );
  });
});

describe('normalize', () => {
  it('lower-cases, folds accents and keeps runs of letters and digits one space apart', () => {
    expect(normalize('  Hello,  WORLD!! 2024 ')).toBe('hello world 2024');
    expect(normalize("DockerCon EU '15: day-2\u0000\u007f")).toBe('dockercon eu 15 day 2');
    expect(normalize('Café Zürich — Ωmega')).toBe('cafe zurich ωmega');
    expect(normalize('...')).toBe('');
  });

  it('gives the same for long ASCII text as the Unicode rule does', () => {
    const words = ['Talk', 'by', 'A.B.', 'Smith', '(Acme)', '--', '2016', 'x_y', 'Q&A'];
    const text = Array.from({ length: 3000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const rule = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    expect(text.length).toBeGreaterThan(4096);
    expect(normalize(text)).toBe(rule(text));
    expect(normalize(`${text} Zoë`)).toBe(rule(`${text} Zoe`));
  });
});
