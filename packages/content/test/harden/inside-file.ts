import { readSourceText } from '../../src/parse/source-text.ts';
import type { Diagnostic } from '../../src/schema/diagnostic.ts';

const lenient = new TextDecoder('utf-8');

/** The lines of a file as diagnostics count them (undecodable bytes as one character each). */
export function linesOf(source: string | Uint8Array): string[] {
  const read = readSourceText(source);
  const text =
    'problem' in read
      ? (typeof source === 'string' ? source : lenient.decode(source)).replace(/\r\n?/g, '\n')
      : read.text;
  return text.split('\n');
}

/** Diagnostics whose position is not inside the file: line <= lines, column <= length + 1. */
export function outside(
  diagnostics: readonly Diagnostic[],
  lines: readonly string[],
): Diagnostic[] {
  const fits = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  return diagnostics.filter(
    (d) =>
      !fits(d.line, d.column) || (d.endLine !== undefined && !fits(d.endLine, d.endColumn ?? 1)),
  );
}
