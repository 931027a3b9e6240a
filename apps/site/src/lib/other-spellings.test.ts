import { describe, expect, it } from 'vitest';
import { otherSpellings } from './other-spellings.ts';

describe('otherSpellings', () => {
  it('leaves out a spelling that differs from the shown one only in letter case or spacing', () => {
    expect(
      otherSpellings('Persistent services with Docker clusters', [
        'Persistent services with docker clusters',
        'Persistent  services with Docker clusters ',
      ]),
    ).toEqual([]);
  });

  it('keeps other words and accents, each once, in the order given', () => {
    expect(
      otherSpellings('Jérôme Petazzoni', [
        'Jerome Pettazzoni',
        'jerome pettazzoni',
        'Jerome Petazzoni',
        'Jérôme Petazzoni',
      ]),
    ).toEqual(['Jerome Pettazzoni', 'Jerome Petazzoni']);
  });
});
