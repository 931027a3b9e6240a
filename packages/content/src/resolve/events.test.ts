import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/parse-article.ts';
import type { Event } from '../schema/event.ts';
import { matchEvent, yearsIn } from './events.ts';

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
