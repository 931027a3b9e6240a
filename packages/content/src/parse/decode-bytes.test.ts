import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('refuses valid UTF-8 made mostly of control characters', () => {
    expect(decodeBytes(bytes('\x01\x02\x03\x04 ab'))).toEqual({
      problem: {
        code: 'binary-file',
        detail: '57% of its first bytes are control characters',
        line: 1,
        column: 1,
      },
    });
    expect(decodeBytes(new Uint8Array(100))).toMatchObject({ problem: { code: 'binary-file' } });
  });

  it('reads text with a few control characters, and tabs, form feeds and escapes', () => {
    expect(decodeBytes(bytes('a\x01b\tc\fd\x1be\r\nf é'))).toEqual({
      text: 'a\x01b\tc\fd\x1be\r\nf é',
      encoding: 'utf-8',
    });
    expect(decodeBytes(bytes('\t\t\f\f\x1b\x1b\n\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads UTF-16 written without a byte-order mark, as some Windows tools save it', () => {
    const text = '---\ntitle: Café day\n---\nBody\n';
    const le = new Uint8Array(
      [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    const be = new Uint8Array(
      [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    );
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be' });
    // A file of zeros is still no text.
    expect(decodeBytes(new Uint8Array(100))).toMatchObject({ problem: { code: 'binary-file' } });
  });

  it('says a UTF-32 file is UTF-32, with a byte-order mark or without, rather than read NULs', () => {
    const text = '---\ntitle: Café day\n---\nBody\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0]);
    const be = [...text].flatMap((c) => [0, 0, c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    for (const [bytes, order] of [
      [[0xff, 0xfe, 0, 0, ...le], 'little'],
      [[0, 0, 0xfe, 0xff, ...be], 'big'],
      [le, 'little'],
      [be, 'big'],
    ] as const)
      expect(decodeBytes(new Uint8Array(bytes))).toEqual({
        problem: {
          code: 'invalid-encoding',
          detail: `it is UTF-32 (${order}-endian), which is not read`,
          line: 1,
          column: 1,
        },
      });
  });
});
