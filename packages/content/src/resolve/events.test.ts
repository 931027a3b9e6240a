import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/parse-article.ts';
import type { Event } from '../schema/event.ts';
import { inferEvent, matchEvent, yearsIn } from './events.ts';

const benchConf: Event = {
  id: 'benchconf-2024',
  name: 'BenchConf 2024',
  year: 2024,
  location: 'Lyon, France',
  origin: 'curated',
};

const post = (title: string, date: string) => {
  const { post } = parseArticle(
    `---\ntitle: "${title}"\ndate: ${date}\n---\nSome notes.\n`,
    'posts/a.md',
  );
  if (!post) throw new Error('fixture did not parse');
  return post;
};

describe('yearsIn', () => {
  it('reads years, not the numbers of a series', () => {
    expect(yearsIn('BenchConf 2024, day 2 of 3')).toEqual([2024]);
    expect(yearsIn('Notes from BenchConf, part 1900')).toEqual([]);
    expect(yearsIn('episode 2001: back at BenchConf 2024 (vol. 1999, #2012)')).toEqual([2024]);
  });
});

describe('matchEvent', () => {
  it('takes a post of a numbered series to its event, and not one of another year', () => {
    expect(matchEvent(post('Notes from BenchConf, part 1900', '2024-08-24'), [benchConf])?.id).toBe(
      'benchconf-2024',
    );
    expect(
      matchEvent(post('Notes from BenchConf 2019', '2024-08-24'), [benchConf]),
    ).toBeUndefined();
  });
});

describe('inferEvent', () => {
  it('keeps the word before a name that ends in a bare suffix ("Strange Loop", "React Summit")', () => {
    const name = (title: string) => inferEvent(post(title, '2019-09-20'))?.name;
    expect(name('What I learned at Strange Loop 2019')).toBe('Strange Loop 2019');
    expect(name('Notes from React Summit 2019: day one')).toBe('React Summit 2019');
    expect(name('Ulan Days 2012, a recap')).toBe('Ulan Days 2012');
    expect(name('Recap: Agile Testing Days 2026')).toBe('Agile Testing Days 2026');
    expect(name('Strata Security Summit: Day 2')).toBe('Strata Security Summit 2019');
    expect(name('Notes From React Summit')).toBe('React Summit 2019');
    // A name of its own stays whole, and words before it that are no name stay out.
    expect(name('Recap DockerCon EU 2015')).toBe('DockerCon EU 2015');
    expect(name('Recap Summit 2019')).toBe('Summit 2019');
    expect(name('KubeCon Europe 2019: my schedule')).toBe('KubeCon Europe 2019');
  });
});
