import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { countWords, plainText } from './plain-text.ts';

// Text made of what decides the results: letters of several scripts, digits, joiners,
// every kind of white space, astral and lone surrogates.
const pieces = [
  'a',
  'Z',
  '7',
  'é',
  'ß',
  'Ж',
  '中',
  '٣',
  '𝟘',
  '𐐀',
  '😀',
  "'",
  '’',
  '-',
  '--',
  '.',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\ud800',
  '\udc00',
  '_',
  '$',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('countWords', () => {
  it('counts what the word expression matches', () => {
    const reference = (t: string) => t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    fc.assert(
      fc.property(text, (t) => countWords(t) === reference(t)),
      { numRuns: 3000 },
    );
    expect(countWords("It's a well-known fact: 42.")).toBe(5);
    expect(countWords("rock'n'roll -- don't ’tis")).toBe(3);
  });
});

describe('plainText', () => {
  it('makes each run of white space in text one space', () => {
    fc.assert(
      fc.property(text, (t) => plainText({ type: 'text', value: t }) === t.replace(/\s+/g, ' ')),
      { numRuns: 3000 },
    );
  });

  it('separates blocks with text by a blank line and joins inline parts', () => {
    const tree = parseMarkdown(
      'Hi *there*\n\n- a\n- b\n\n<!-- x -->\n\n| a | b |\n|---|---|\n| `c` | ![d](e) |\n',
    );
    expect(plainText(tree)).toBe('Hi there\n\na\n\nb\n\na | b\n\nc | d');
  });
});
