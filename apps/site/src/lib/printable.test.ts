import { describe, expect, it } from 'vitest';
import { hasUnprintable, printable } from './printable.ts';

describe('printable', () => {
  it('writes controls, C1 and bidi overrides as escapes, and leaves other text alone', () => {
    expect(printable('a\u001b]0;x\u0007b\u009b\u202ec.png')).toBe(
      'a\\u001b]0;x\\u0007b\\u009b\\u202ec.png',
    );
    expect(printable('images/Día 1.png')).toBe('images/Día 1.png');
    expect(hasUnprintable('images/Día 1.png')).toBe(false);
    expect(hasUnprintable('a\nb')).toBe(true);
  });
});
