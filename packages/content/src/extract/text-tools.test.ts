import { describe, expect, it } from 'vitest';
import { cleanTitle, collapseSpaces, sentences } from './text-tools.ts';

describe('cleanTitle', () => {
  it('leaves a title that starts and ends with a letter as it is, spaces collapsed', () => {
    expect(cleanTitle('  Go  in\nProduction ')).toBe('Go in Production');
  });

  it('drops numbering, surrounding quotes and emphasis marks, and trailing punctuation', () => {
    expect(cleanTitle('1. Go in Production')).toBe('Go in Production');
    expect(cleanTitle('#3 Go')).toBe('Go');
    expect(cleanTitle('“Go in Production”')).toBe('Go in Production');
    expect(cleanTitle('**Go**')).toBe('Go');
    expect(cleanTitle('Go in Production.')).toBe('Go in Production');
    expect(cleanTitle('Wait for it...')).toBe('Wait for it');
  });

  it('keeps brackets the title opens and closes, and drops a note of what was linked', () => {
    expect(cleanTitle('Scaling Go (Part 2)')).toBe('Scaling Go (Part 2)');
    expect(cleanTitle('(Re)thinking Tests')).toBe('(Re)thinking Tests');
    expect(cleanTitle('“Kernels [beta]”')).toBe('Kernels [beta]');
    expect(cleanTitle('(Scaling Go)')).toBe('Scaling Go');
    expect(cleanTitle('Scaling Go)')).toBe('Scaling Go');
    expect(cleanTitle('(a) or (b)')).toBe('(a) or (b)');
    expect(cleanTitle('Rust in the Kernel (slides)')).toBe('Rust in the Kernel');
    expect(cleanTitle('Rust in the Kernel (slides, video).')).toBe('Rust in the Kernel');
  });
});

describe('collapseSpaces', () => {
  it('makes every run of spaces one plain space', () => {
    expect(collapseSpaces('a  b\tc\u00a0d \n e')).toBe('a b c d e');
    const plain = 'one plain space each';
    expect(collapseSpaces(plain)).toBe(plain);
  });
});

describe('sentences', () => {
  it('splits at stops before a capital, not after initials or e.g.', () => {
    const text = 'J. Smith spoke, e.g. About Go. Then Ann spoke.';
    expect(sentences(text).map((r) => text.slice(r.start, r.end).trim())).toEqual([
      'J. Smith spoke, e.g. About Go.',
      'Then Ann spoke.',
    ]);
  });

  it('does not split after a title before a name', () => {
    const text = 'Prof. Ida Moss and Mrs. Li spoke. Dr. Bo Ray closed.';
    expect(sentences(text).map((r) => text.slice(r.start, r.end).trim())).toEqual([
      'Prof. Ida Moss and Mrs. Li spoke.',
      'Dr. Bo Ray closed.',
    ]);
  });

  it('gives the same answer for a text asked about again after others', () => {
    const a = 'One. Two.';
    const first = sentences(a);
    for (let i = 0; i < 20; i++) sentences(`Other ${i}. Text.`);
    expect(sentences(a)).toEqual(first);
  });
});
