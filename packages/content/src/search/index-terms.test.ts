import { describe, expect, it } from 'vitest';
import { commonWords, onlyCommonWords } from './index-terms.ts';

describe('the words a search leaves out', () => {
  it('are named once each, as typed', () => {
    expect(commonWords('The Docker and the cloud')).toEqual(['The', 'and']);
    expect(commonWords('docker swarm')).toEqual([]);
  });

  it('make up a query of their own, whatever their case or width', () => {
    expect(onlyCommonWords('The AND')).toBe(true);
    // Full-width letters fold to the plain word, as the index folds them.
    expect(onlyCommonWords('ｔｈｅ')).toBe(true);
    expect(onlyCommonWords('the docker')).toBe(false);
    expect(onlyCommonWords('')).toBe(false);
    expect(onlyCommonWords('  ,; ')).toBe(false);
  });
});
