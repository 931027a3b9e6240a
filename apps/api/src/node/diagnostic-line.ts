import type { Diagnostic } from '@confnotes/content/portable';

/**
 * A diagnostic as the server logs it, by place as a compiler prints it, the file named from the
 * content folder the log names: what is wrong, and where, on one line.
 * @example diagnosticLine(d) // 'posts/x.md:3:7 error invalid-date: The date "2015-02-30" in `date` is not a real calendar date.'
 */
export function diagnosticLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`;
}
