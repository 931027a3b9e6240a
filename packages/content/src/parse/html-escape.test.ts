import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, normalizeUri } from './html-escape.ts';

describe('escapeText and escapeAttribute', () => {
  it('escape what hast-util-to-html escapes, as hexadecimal references', () => {
    expect(escapeText(`1 < 2 & "3" > '2'`)).toBe(`1 &#x3C; 2 &#x26; "3" > '2'`);
    expect(escapeAttribute('a "b" & \'c\' `d` <e>')).toBe(
      'a &#x22;b&#x22; &#x26; &#x27;c&#x27; &#x60;d&#x60; <e>',
    );
    expect(escapeText('plain')).toBe('plain');
  });
});

describe('normalizeUri', () => {
  it('encodes what is not URL-safe and keeps what is', () => {
    expect(normalizeUri('http://a.com/?a=1&b="2"')).toBe('http://a.com/?a=1&b=%222%22');
    expect(normalizeUri("!#$&'()*+,-./:;=?@_~")).toBe("!#$&'()*+,-./:;=?@_~");
    expect(normalizeUri('a b[c]{d}|^`\\')).toBe('a%20b%5Bc%5D%7Bd%7D%7C%5E%60%5C');
  });

  it('keeps a % before two letters or digits and encodes any other', () => {
    expect(normalizeUri('%41%zz%4%')).toBe('%41%zz%254%25');
    expect(normalizeUri('%%41')).toBe('%25%41');
  });

  it('encodes non-ASCII as UTF-8 and a lone surrogate as U+FFFD', () => {
    expect(normalizeUri('é😀\u00a0')).toBe('%C3%A9%F0%9F%98%80%C2%A0');
    expect(normalizeUri('\ud800x')).toBe('%EF%BF%BDx');
  });
});
