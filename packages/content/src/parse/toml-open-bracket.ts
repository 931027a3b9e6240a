// smol-toml finds a list or inline table left open where the next key is, on a later line,
// and says "expected comma or end of structure": the fix is the bracket that was never closed.

const closers: Record<string, string> = { '[': ']', '{': '}' };

/** The end of the string that starts at `i` (after its closing quote), or of its line. */
function stringEnd(text: string, i: number): number {
  const quote = text[i]!;
  const triple = text.startsWith(quote.repeat(3), i);
  const close = triple ? quote.repeat(3) : quote;
  for (let j = i + close.length; j < text.length; j++) {
    if (quote === '"' && text[j] === '\\') j++;
    else if (text.startsWith(close, j)) return j + close.length;
    else if (!triple && text[j] === '\n') return j;
  }
  return text.length;
}

/**
 * The bracket of a list or inline table that `text` (TOML) never closes, opened on a line
 * before `beforeLine` (1-based): the innermost such one, with its 1-based line and column.
 * @example openBracketBefore('tags = ["a"\ndate = 1\n', 2) // { line: 1, column: 8, ... }
 */
export function openBracketBefore(
  text: string,
  beforeLine: number,
): { line: number; column: number; open: string; close: string } | undefined {
  const open: { at: number; line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '#') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(text, i);
      for (let j = i; j < end; j++) if (text[j] === '\n') [line, lineStart] = [line + 1, j + 1];
      i = end - 1;
    } else if (c in closers) open.push({ at: i, line, column: i - lineStart + 1 });
    else if (c === ']' || c === '}') open.pop();
  }
  const found = open.findLast((b) => b.line < beforeLine);
  if (!found) return undefined;
  const bracket = text[found.at]!;
  return { line: found.line, column: found.column, open: bracket, close: closers[bracket]! };
}
