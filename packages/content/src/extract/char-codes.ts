// Character tests on UTF-16 code units, for scans that run over every character of a post:
// a regular expression per character costs far more than a comparison.

/**
 * Whether a code unit is what `\s` matches in a JavaScript pattern: the Unicode space
 * separators, tab, vertical tab, form feed, the byte-order mark and the line terminators.
 * @example isSpaceCode(' '.charCodeAt(0)) // true
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a code unit is what `\w` matches without the `u` flag: an ASCII letter, digit or `_`.
 * @example isWordCode('_'.charCodeAt(0)) // true
 */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * An emoji, or the joiner or variation selector inside one ("👩‍💻", "✅️"), as alternatives for a
 * pattern with the `u` flag: writers set them before talks and labels ("🎤 **T**", "👤 Speaker:").
 */
export const EMOJI = String.raw`\p{Extended_Pictographic}|\u{FE0F}|\u{200D}`;

/**
 * Whether a code unit may be part of an emoji: half of a surrogate pair, or a symbol of the
 * Basic Multilingual Plane ("✅", "⭐"). Cheaper than `EMOJI` where a maybe is enough.
 * @example isEmojiCode('🎤'.charCodeAt(0)) // true
 */
export function isEmojiCode(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2300 && c <= 0x2bff);
}
