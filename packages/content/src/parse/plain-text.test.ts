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
  '中',
  '文',
  'ひ',
  'カ',
  'ー',
  '々',
  '𠀋',
  '한',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('countWords', () => {
  it('counts what the word expression matches, each Chinese or Japanese character a word', () => {
    const cjk =
      '\\u4e00-\\u9fff\\u3400-\\u4dbf\\u3040-\\u30ff\\u31f0-\\u31ff\\uf900-\\ufaff\\uff66-\\uff9d\\u3005\\u{20000}-\\u{3ffff}';
    const letter = `(?:(?![${cjk}])[\\p{L}\\p{N}])`;
    const word = new RegExp(`[${cjk}]|${letter}+(?:['’-]${letter}+)*`, 'gu');
    const reference = (t: string) => t.match(word)?.length ?? 0;
    fc.assert(
      fc.property(text, (t) => countWords(t) === reference(t)),
      { numRuns: 3000 },
    );
    expect(countWords("It's a well-known fact: 42.")).toBe(5);
    expect(countWords("rock'n'roll -- don't ’tis")).toBe(3);
    expect(countWords('張三介紹了分散式系統')).toBe(10);
    expect(countWords('Go とは何か')).toBe(5);
    expect(countWords('한국어 문장')).toBe(2);
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
