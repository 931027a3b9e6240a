import { describe, expect, it } from 'vitest';
import { isSpaceCode, isWordCode } from './char-codes.ts';

describe('character tests', () => {
  it('agree with \\s and \\w on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch) || isWordCode(c) !== /\w/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
