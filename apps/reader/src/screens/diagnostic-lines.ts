import { byPlace, type Diagnostic } from '@confnotes/content/portable';
import { plural } from '../render/plural.ts';
import { wrapText } from '../render/wrap-text.ts';
import type { Role } from '../theme.ts';

export type DiagnosticLine = { readonly role: Role; readonly text: string };

const HINT_INDENT = '    ';

const roleOf = (d: Diagnostic): Role =>
  d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'muted';

let last:
  | { diagnostics: readonly Diagnostic[]; width: number; lines: DiagnosticLine[] }
  | undefined;

/**
 * The diagnostics screen's lines, like a compiler's, by file, line and column: each finding's
 * location and message, then its hint indented, both wrapped to `width` so that nothing is cut
 * off, and a blank line between findings. Scrolling asks for the count on every key: the last
 * layout is kept.
 */
export function diagnosticLines(
  diagnostics: readonly Diagnostic[],
  width: number,
): readonly DiagnosticLine[] {
  if (last?.diagnostics === diagnostics && last.width === width) return last.lines;
  const lines: DiagnosticLine[] = [];
  for (const d of byPlace(diagnostics)) {
    const role = roleOf(d);
    const head = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`;
    for (const text of wrapText(head, width)) lines.push({ role, text });
    if (d.hint) {
      for (const text of wrapText(d.hint, width - HINT_INDENT.length)) {
        lines.push({ role: 'muted', text: `${HINT_INDENT}${text}` });
      }
    }
    lines.push({ role: 'muted', text: '' });
  }
  last = { diagnostics, width, lines };
  return lines;
}

/** "7 diagnostics, 7 errors": how many findings, and how many of them are errors. */
export function diagnosticsSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const count = plural(diagnostics.length, 'diagnostic');
  return errors ? `${count}, ${plural(errors, 'error')}` : count;
}
