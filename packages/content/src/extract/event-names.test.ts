import { describe, expect, it } from 'vitest';
import { eventNamesOf } from './event-names.ts';

describe('eventNamesOf', () => {
  it('gives the capitalised phrase before a year, and its tails', () => {
    expect([...eventNamesOf('What I learned at Marlin Loop 2019')]).toEqual([
      'marlin loop',
      'loop',
    ]);
    expect([...eventNamesOf("Notes from GopherCon '18 and KubeCon EU 2019")]).toEqual([
      'gophercon',
      'kubecon eu',
      'eu',
    ]);
  });

  it('gives nothing for a title without a year, or a number that is no year', () => {
    expect(eventNamesOf('Marlin Loop recap').size).toBe(0);
    expect(eventNamesOf('Top 10 Talks of Part 3').size).toBe(0);
  });
});
