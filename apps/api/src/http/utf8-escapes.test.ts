import { describe, expect, it } from 'vitest';
import { badEscape } from './utf8-escapes.ts';

describe('badEscape', () => {
  it('passes UTF-8 escapes, text without escapes and a % that starts none', () => {
    for (const text of ['docker', 'caf%C3%A9', '%F0%9F%8E%89', '100%', '100%25', 'a%2Fb', '%zz'])
      expect(badEscape(text), text).toBeUndefined();
  });

  it('names the first run of escapes that is not UTF-8', () => {
    expect(badEscape('caf%E9')).toBe('%E9');
    expect(badEscape('ok%C3%A9 then %ff%fe')).toBe('%ff%fe');
    // A character cut short: the first byte of é without the second.
    expect(badEscape('caf%C3')).toBe('%C3');
  });
});
