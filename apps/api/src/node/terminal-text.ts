// What the server logs names the content: files (`posts/<name>.md`, any name at all), the
// messages of its diagnostics, and, served from a catalog file, whatever that file says. A
// terminal reads an escape sequence in them as a command: retitle the window (OSC 0), set the
// clipboard (OSC 52), clear the screen, reorder the line (bidi overrides).

// C0 controls but the line feed, DEL, C1, the Unicode line and paragraph separators, and the
// bidirectional embeddings, overrides and isolates.
const UNPRINTABLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as a log line may print it to a terminal: every character that would start an escape
 * sequence, move the cursor or reorder the line written as its `\uXXXX` escape, as the CLI's
 * diagnostics write them. Line feeds stay: a message may run to several lines.
 * @example terminalText('posts/\u001b]0;x\u0007.md') // 'posts/\\u001b]0;x\\u0007.md'
 */
export function terminalText(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
