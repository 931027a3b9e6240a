// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the
// bidirectional overrides and isolates, which could drive or reorder what a terminal shows.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from the content (a file's name) as the build may print it: each character that would
 * start an escape sequence, move the cursor or reorder the line written as its `\uXXXX` escape,
 * as the core's diagnostics write them. A file may be named anything, escape sequences included.
 * @example printable('posts/a\u001b[2Jb.png') // 'posts/a\\u001b[2Jb.png'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `printable` would change `text`. */
export const hasUnprintable = (text: string) => ANY_UNPRINTABLE.test(text);
