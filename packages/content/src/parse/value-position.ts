import type { At } from './diagnostic-codes.ts';

/** Where a front-matter block is in its file: its text, and the file line it starts on. */
export interface BlockSource {
  readonly raw: string;
  readonly rawLine: number;
}

/**
 * Where the value of the key at `key` starts: after the `:` or `=` that follows the key on its
 * line (`date: 2015-02-30` on line 3 is 3:7), in YAML, TOML, JSON and header lines alike. The
 * key itself when its value is not on that line (a YAML list below it, say).
 * @example valuePosition({ raw: 'title: A\ndate: 2015-02-30', rawLine: 2 }, { line: 3, column: 1 }) // { line: 3, column: 7 }
 */
export function valuePosition(source: BlockSource, key: At): At {
  const text = lineOf(source.raw, key.line - source.rawLine);
  if (text === undefined) return key;
  // A quoted key (`"date":`) may hold a `:` of its own: the separator comes after its quote.
  let from = key.column - 1;
  const quote = text[from];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, from + 1);
    if (close > from) from = close + 1;
  }
  const separator = text.slice(from).search(/[:=]/);
  if (separator < 0) return key;
  const start = text.slice(from + separator + 1).search(/\S/);
  if (start < 0) return key;
  return { line: key.line, column: from + separator + 1 + start + 1 };
}

/** Line `n` (0-based) of `text`, without splitting all of it. */
export function lineOf(text: string, n: number): string | undefined {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
