import { describe, expect, it } from 'vitest';
import { searchStatus } from './search-status.ts';

describe('searchStatus', () => {
  it('tells a reader who has typed a word of one or two letters to type on', () => {
    for (const query of ['d', 'do', 'docker k8', 'é'])
      expect(searchStatus(query, 0, 0)).toBe(
        'Type at least three letters to find the words that begin with them.',
      );
  });

  it('says that nothing matches when every word was long enough', () => {
    expect(searchStatus('doc', 0, 0)).toBe('Nothing matches “doc”.');
  });

  it('counts the results, and says when only the best are shown', () => {
    expect(searchStatus('go', 1, 1)).toBe('1 result for “go”.');
    expect(searchStatus('docker', 80, 50)).toBe(
      '80 results for “docker”. The best 50 are shown; add a word to narrow them.',
    );
  });

  it('says a query of words too common to search finds nothing for that, not that nothing matches', () => {
    expect(searchStatus('the', 0, 0, ['the'])).toBe(
      '“the” is too common a word to search for; add another.',
    );
    expect(searchStatus('The and the', 0, 0, ['The', 'and'])).toBe(
      '“The”, “and”: too common to search for; add another word.',
    );
    // A common word beside one that matched nothing: the other word is what found nothing.
    expect(searchStatus('the zzxqj', 0, 0, ['the'])).toBe('Nothing matches “the zzxqj”.');
  });
});
