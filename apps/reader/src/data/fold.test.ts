import { describe, expect, it } from 'vitest';
import { foldQuery, foldText } from './fold.ts';
import { fuzzyMatch } from './fuzzy.ts';

describe('foldText', () => {
  it('drops accents and case, keeping every position of the text', () => {
    expect(foldText('Diogo Mónica')).toBe('diogo monica');
    expect(foldText('Jérôme PETAZZONI')).toBe('jerome petazzoni');
    for (const text of ['Straße', 'e\u0301', 'Ǆemal', '😀 Ünïcödé']) {
      expect(foldText(text)).toHaveLength(text.length);
    }
  });

  it('folds a query the same way, so an accented query finds plain text too', () => {
    expect(foldQuery('MÓNICA')).toBe('monica');
    expect(fuzzyMatch('mónica', 'Diogo Monica')?.positions).toEqual([6, 7, 8, 9, 10, 11]);
    expect(fuzzyMatch('monica', 'Diogo Mónica')?.positions).toEqual([6, 7, 8, 9, 10, 11]);
  });
});
