import { join } from 'node:path';
import type { Diagnostic } from '../schema/index.ts';
import { printable } from '../text/printable.ts';

/**
 * One diagnostic as a compiler prints it, `file:line:column severity code: message`, with the
 * hint on the next line, so editors and terminals turn the position into a link. A control
 * character (in a file's name, say) is written as its `\uXXXX` escape, as `confnotes check`
 * writes it: a newline or an escape sequence would break or rewrite the line.
 * @example formatDiagnostic(d, 'content') // 'content/posts/a.md:3:7 error invalid-date: ...'
 */
export function formatDiagnostic(diagnostic: Diagnostic, base = ''): string {
  const file = base ? join(base, diagnostic.file) : diagnostic.file;
  const head = printable(
    `${file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`,
  );
  return diagnostic.hint ? `${head}\n  hint: ${printable(diagnostic.hint)}` : head;
}

/** Thrown by the loader when the content holds errors; Astro prints the message and stops. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  /** @param next what to do about them, the message's last line */
  constructor(
    diagnostics: readonly Diagnostic[],
    base: string,
    next = 'Fix the files above, then build again.',
  ) {
    const count = diagnostics.length === 1 ? '1 error' : `${diagnostics.length} errors`;
    super(
      `confnotes found ${count} in ${printable(base)}:\n${diagnostics.map((d) => formatDiagnostic(d, base)).join('\n')}\n${next}`,
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    // The positions in the message are what matter; a stack into the loader would bury them.
    // Empty, not the message: Astro prints a "Stack trace:" heading over any stack, and the
    // lines of one that has none of the form `at ...` left it empty.
    this.stack = '';
  }
}
