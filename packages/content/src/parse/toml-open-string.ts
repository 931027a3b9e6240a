// smol-toml finds a string left open at the end of its line, where the newline is, and says
// "control characters are not allowed in strings": true of the newline, but the fix is the
// quote that was never closed, earlier on that line.

/**
 * The 1-based column of the quote that opens a one-line TOML string still open at the end of
 * `line`, or undefined when every string on it is closed (or a multi-line one starts there).
 * @example openStringColumn('title = "Hello') // 9
 */
export function openStringColumn(line: string): number | undefined {
  let open = -1;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open < 0) {
      if (c === '#') break;
      if (c !== '"' && c !== "'") continue;
      // """ and ''' strings may run over lines: not one left open.
      if (line.startsWith(c.repeat(3), i)) return undefined;
      open = i;
      quote = c;
    } else if (quote === '"' && c === '\\') i++;
    else if (c === quote) open = -1;
  }
  return open < 0 ? undefined : open + 1;
}
