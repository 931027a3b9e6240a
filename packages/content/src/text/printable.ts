/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates, which could rewrite or reorder what a terminal shows.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as one line a terminal shows as it is: each character that would move the cursor,
 * start an escape sequence or reorder the line is written as its `\uXXXX` escape. A file may
 * be named anything (`posts/a\nb.md`, an escape sequence), and a diagnostic must stay the one
 * line `file:line:column ...` that editors and problem matchers read.
 * @example printable('posts/a\nb.md') // 'posts/a\\u000ab.md'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ANY_UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Whether `printable` would change `text`. */
export const hasUnprintable = (text: string) => ANY_UNPRINTABLE.test(text);
