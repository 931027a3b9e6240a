import { printable } from '@confnotes/content/portable';

// What the server logs names the content: files (`posts/<name>.md`, any name at all), the
// messages of its diagnostics, and, served from a catalog file, whatever that file says. A
// terminal reads an escape sequence in them as a command: retitle the window (OSC 0), set the
// clipboard (OSC 52), clear the screen, reorder the line (bidi overrides).

/**
 * Text as a log line may print it to a terminal: each line as the core's `printable` writes
 * it, every character that would start an escape sequence, move the cursor or reorder the line
 * as its `\uXXXX` escape. Line feeds stay: a message may run to several lines.
 * @example terminalText('posts/\u001b]0;x\u0007.md') // 'posts/\\u001b]0;x\\u0007.md'
 */
export function terminalText(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
