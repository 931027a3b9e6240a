import { describe, expect, it } from 'vitest';
import { preferredSpelling } from './speaker-spelling.ts';

describe('preferredSpelling', () => {
  it('takes the most common spelling', () => {
    expect(preferredSpelling(['Ann Smith', 'Anne Smith', 'Anne Smith'])).toBe('Anne Smith');
  });

  it('writes a name with the accents one post kept, however many posts dropped them', () => {
    expect(preferredSpelling(['Jose Valim', 'Jose Valim', 'Jose Valim', 'José Valim'])).toBe(
      'José Valim',
    );
    expect(preferredSpelling(['Jerome Petazzoni', 'Jérôme Petazzoni', 'Jérome Petazzoni'])).toBe(
      'Jérôme Petazzoni',
    );
  });

  it('counts spellings that differ only in accents as one against another spelling', () => {
    // Two namings without the accent and one with it are three, against two of another.
    expect(
      preferredSpelling(['Jose Valim', 'Jose Valim', 'José Valim', 'José Valimm', 'José Valimm']),
    ).toBe('José Valim');
  });

  it('breaks a tie by the longer name, then by collation, whatever the order given', () => {
    expect(preferredSpelling(['Sam Lee', 'Samuel Lee'])).toBe('Samuel Lee');
    expect(preferredSpelling(['Samuel Lee', 'Sam Lee'])).toBe('Samuel Lee');
    expect(preferredSpelling(['Bea Ng', 'Ada Ng'])).toBe('Ada Ng');
    expect(preferredSpelling(['Ada Ng', 'Bea Ng'])).toBe('Ada Ng');
  });

  it('reads a decomposed accent as the accent it is', () => {
    expect(preferredSpelling(['Jose Valim', 'Jose\u0301 Valim'])).toBe('Jose\u0301 Valim');
  });
});
