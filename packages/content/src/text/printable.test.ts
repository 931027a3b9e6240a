import { describe, expect, it } from 'vitest';
import { hasUnprintable, printable } from './printable.ts';

describe('printable', () => {
  it('escapes what would move the cursor, start an escape sequence or reorder the line', () => {
    expect(printable('posts/a\nb.md')).toBe('posts/a\\u000ab.md');
    expect(printable('posts/\u001b[31mred\t.md')).toBe('posts/\\u001b[31mred\\u0009.md');
    expect(printable('a\u009bb\u2028c\u202ed')).toBe('a\\u009bb\\u2028c\\u202ed');
  });

  it('leaves other text alone, accents and emoji included', () => {
    const text = 'posts/café-🎉 2015:3:4.md `x` "y"';
    expect(printable(text)).toBe(text);
    expect(hasUnprintable(text)).toBe(false);
    expect(hasUnprintable('a\u202eb')).toBe(true);
  });
});
